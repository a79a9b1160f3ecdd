package io.multicell.integrator.web.status;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * What the statistics page's controls send: the manual's filter (column, operator, value), the sorted column and direction, entries per page, page and hidden columns.
 */
public class StatisticsListParams {

    @QueryParam("column")
    String column;
    @QueryParam("operator")
    String operator;
    @QueryParam("value")
    String value;
    @QueryParam("sort")
    String sort;
    @QueryParam("dir")
    String dir;
    @QueryParam("pageSize")
    Integer pageSize;
    @QueryParam("page")
    Integer page;
    @QueryParam("hide")
    List<String> hide;

    /** The API's order parameter: desc or asc (default). */
    String order() {
        return "desc".equals(dir) ? "desc" : null;
    }
}
