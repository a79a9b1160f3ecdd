package io.multicell.integrator.statistics;

import io.multicell.integrator.api.ApiChangeMetrics;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST face of the manual's Status > Statistics > Base stations page (admin and user): the counters of every base,
 * filtered, sorted, paged or exported as CSV, summed per cluster, and "Reset all". The counters are the DECT
 * manager's; when it does not answer there is nothing to show (503).
 */
@Path("/api/v1/statistics")
@RolesAllowed({Roles.ADMIN, Roles.USER})
@Tag(name = "Statistics", description = "Base station event counters: list, filter, export, per-cluster sums, reset (admin and user)")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
public class StatisticsResource {

    public static final String CSV = "text/csv";
    /** How many rows matched the filter in all, before paging. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    private static final String FILTER_DOC = "Filter (with operator and value): a counter (conn, hoSetup, hoRelease, callDrops, async, "
            + "busy, connDrops, calls, callsPeak, syncSwaps; the manual's header works too) or mac";

    private final DectManagerClient dm;
    private final ApiChangeMetrics metrics;

    public StatisticsResource(DectManagerClient dm, ApiChangeMetrics metrics) {
        this.dm = dm;
        this.metrics = metrics;
    }

    @GET
    @Path("base-stations")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Base station statistics",
            description = "One row per base of the DECT manager's plan. JSON array by default (header X-Total-Count: rows matching "
                    + "the filter); CSV export with Accept: text/csv (not paged). A bad filter, sort or page answers 400 before the "
                    + "DECT manager is asked.")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaseStationStatisticsView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Bad column, operator, value, sort, order, page or size",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response baseStations(
            @Parameter(description = FILTER_DOC) @QueryParam("column") String column,
            @Parameter(description = "lt, gt, eq, le, ge or <, >, =, <=, >=; only = (eq) for mac") @QueryParam("operator") String operator,
            @Parameter(description = "Whole number >= 0; for mac 12 hex digits without colons (aabbccddeeff)") @QueryParam("value") String value,
            @Parameter(description = "Column to sort by (any column key); default: cluster, then name, then MAC") @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc") @QueryParam("order") String order,
            @Parameter(description = "Page, from 1 (JSON only)") @QueryParam("page") String page,
            @Parameter(description = "Entries per page: 10, 25, 50 or 100 (JSON only)") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        StatisticsQuery query = StatisticsQuery.parse(column, operator, value, sort, order, page, size);
        if (wantsCsv(headers)) {
            return csv(query.unpaged());
        }
        StatisticsQuery.Selection selection = query.select(dm.listBaseStatistics());
        List<BaseStationStatisticsView> rows = selection.rows().stream().map(BaseStationStatisticsView::of).toList();
        return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).header(TOTAL_COUNT, selection.total()).build();
    }

    @GET
    @Path("base-stations.csv")
    @Produces(CSV)
    @Operation(summary = "Export the base station statistics as CSV",
            description = "Header row of the manual's column names (Base station, MAC address, RPN, Sync RPN, Sync Level, Conn, Ho setup, "
                    + "Ho release, Call drops, Async, Busy, Conn. drops, Calls, Calls-pk, Sync swaps); filter and sort as the list; not paged.")
    @APIResponse(responseCode = "200", description = "CSV attachment", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "400", description = "Bad column, operator, value, sort or order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "DECT manager not reachable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response export(
            @Parameter(description = FILTER_DOC) @QueryParam("column") String column,
            @QueryParam("operator") String operator,
            @QueryParam("value") String value,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return csv(StatisticsQuery.parse(column, operator, value, sort, order, null, null));
    }

    @POST
    @Path("base-stations/reset")
    @Operation(summary = "Reset all", description = "Every counter of every base back to 0 (Calls, the active calls, stays).")
    @APIResponse(responseCode = "204", description = "The DECT manager reset the counters")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public void reset() {
        metrics.measure("statistics-reset", dm::resetBaseStatistics);
    }

    @GET
    @Path("clusters")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistics per cluster",
            description = "Every counter summed over the bases of each cluster, by cluster number; calls and callsPeak are summed too "
                    + "(callsPeak is the sum of the bases' peaks).")
    @APIResponse(responseCode = "503", description = "DECT manager not reachable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<ClusterStatistics> clusters() {
        return ClusterStatistics.of(dm.listBaseStatistics());
    }

    private Response csv(StatisticsQuery query) {
        String body = StatisticsCsv.write(query.select(dm.listBaseStatistics()).rows());
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.FILE_NAME + "\"")
                .build();
    }

    /** CSV only when the client prefers it to JSON (a browser's or curl's wildcard gets JSON). */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if ("text".equalsIgnoreCase(type.getType()) && "csv".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
