package io.multicell.integrator.web.status;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.statistics.BaseStationStatistics;
import io.multicell.integrator.statistics.ClusterStatistics;
import io.multicell.integrator.statistics.ComparisonOperator;
import io.multicell.integrator.statistics.StatisticsColumn;
import io.multicell.integrator.statistics.StatisticsCsv;
import io.multicell.integrator.statistics.StatisticsQuery;
import io.multicell.integrator.statistics.StatisticsResource;
import io.multicell.integrator.web.ListQuery;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.WebConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Status > Statistics > Base stations" (admin and user): the manual's counters per base and summed per cluster,
 * with its "Choose column" filter (&lt; &gt; = &lt;= &gt;=, MAC as aabbccddeeff), sorting, View (show/hide columns),
 * paging, Export (CSV) and Reset all. Filter, order and CSV are the REST API's own ({@link StatisticsQuery},
 * {@link StatisticsCsv}); the table is a fragment htmx asks for again every few seconds, so it refreshes without a
 * reload.
 */
@Path(Menu.STATISTICS_BASE_STATIONS)
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class StatisticsPage {

    /** The manual's columns; only Base station cannot be hidden. */
    static final List<ListQuery.Column> COLUMNS = Arrays.stream(StatisticsColumn.values())
            .map(c -> new ListQuery.Column(c.key(), c.label(), c != StatisticsColumn.NAME))
            .toList();

    /** Event (HX-Trigger) after which the page fetches its table at once. */
    static final String REFRESH_EVENT = "statistics-changed";

    private final Template page;
    private final Template table;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final DectManagerClient dm;
    private final WebConfig config;

    public StatisticsPage(@Location("status/statistics.html") Template page, @Location("status/statistics-table.html") Template table,
                          Pages pages, SecurityIdentity identity, DectManagerClient dm, WebConfig config) {
        this.page = page;
        this.table = table;
        this.pages = pages;
        this.identity = identity;
        this.dm = dm;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().statisticsTitle(), Menu.STATISTICS_BASE_STATIONS,
                pages.messages().helpStatistics());
        return pages.render(frame, page.data("columns", COLUMNS)
                .data("filterColumns", Arrays.stream(StatisticsColumn.values()).filter(StatisticsColumn::filterable).toList())
                .data("operators", ComparisonOperator.values())
                .data("pageSizes", ListQuery.PAGE_SIZES)
                .data("refreshMillis", config.statusRefresh().toMillis())
                .data("refreshEvent", REFRESH_EVENT)
                .data("table", fragment(new StatisticsListParams()).render()));
    }

    @GET
    @Path("table")
    @Produces(MediaType.TEXT_HTML)
    public String table(@BeanParam StatisticsListParams params) {
        return fragment(params).render();
    }

    /** The manual's Export: the filtered, sorted list as CSV, like GET /api/v1/statistics/base-stations.csv. */
    @GET
    @Path("export")
    @Produces(StatisticsResource.CSV)
    public Response export(@BeanParam StatisticsListParams params) {
        StatisticsQuery query = StatisticsQuery.parse(params.column, params.operator, params.value, params.sort, params.order(),
                null, null);
        return Response.ok(StatisticsCsv.write(query.select(dm.listBaseStatistics()).rows()), StatisticsResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.FILE_NAME + "\"")
                .build();
    }

    /**
     * Reset all (after the browser's confirmation): every counter back to 0, like POST
     * /api/v1/statistics/base-stations/reset. Answers the notice and tells the page to fetch its table again.
     */
    @POST
    @Path("reset")
    @Produces(MediaType.TEXT_HTML)
    public Response reset() {
        try {
            dm.resetBaseStatistics();
            return Response.ok("<p class=\"notice\" id=\"reset-notice\">All counters were reset to 0.</p>")
                    .header("HX-Trigger", REFRESH_EVENT).build();
        } catch (DectManagerUnreachableException e) {
            return Response.ok("<p class=\"error\" id=\"reset-notice\">The DECT manager is not reachable; nothing was reset.</p>").build();
        }
    }

    private TemplateInstance fragment(StatisticsListParams params) {
        ListQuery paging = ListQuery.of(null, null, null, null, params.pageSize, params.page, params.hide);
        StatisticsQuery query;
        String filterField = null;
        String filterRule = null;
        try {
            query = StatisticsQuery.parse(params.column, params.operator, params.value, params.sort, params.order(), null, null);
        } catch (InvalidValueException e) {
            // The rule is shown next to the filter; the list stays unfiltered until the filter is valid.
            filterField = e.field();
            filterRule = e.rule();
            query = StatisticsQuery.parse(null, null, null, params.sort, params.order(), null, null);
        }
        List<BaseStationStatistics> all;
        boolean dmConnected = true;
        try {
            all = dm.listBaseStatistics();
        } catch (DectManagerUnreachableException e) {
            all = List.of();
            dmConnected = false;
        }
        List<BaseStationStatistics> selected = query.select(all).rows();
        var rows = new ArrayList<List<String>>();
        var keys = new ArrayList<String>();
        for (BaseStationStatistics row : selected) {
            rows.add(cells(row));
            keys.add(row.mac().value());
        }
        return table.data("result", paging.apply(COLUMNS, rows, keys))
                .data("sort", params.sort == null ? "" : params.sort)
                .data("descending", "desc".equals(params.dir))
                .data("clusters", ClusterStatistics.of(all))
                .data("filtered", query.filter().isPresent())
                .data("filterField", filterField)
                .data("filterRule", filterRule)
                .data("dmConnected", dmConnected);
    }

    private static List<String> cells(BaseStationStatistics row) {
        return Arrays.stream(StatisticsColumn.values()).map(c -> switch (c) {
            case NAME -> row.name();
            case MAC -> row.mac().value();
            case RPN, SYNC_RPN -> rpn(c.valueOf(row));
            default -> Long.toString(c.valueOf(row));
        }).toList();
    }

    /** Two hex digits, as the base station list prints RPNs. */
    private static String rpn(long value) {
        return value >= 0 && value <= 255 ? String.format("%02X", value) : Long.toString(value);
    }
}
