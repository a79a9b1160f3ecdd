package io.multicell.integrator.web;

import io.multicell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * "Working with lists": filter (search item in any or one column), sort by a column up or down, show/hide columns,
 * 10/25/50/100 entries per page and paging. Applied on the server to rows of text, so every list page behaves alike.
 */
public record ListQuery(String search, String searchIn, String sort, boolean descending, int pageSize, int page,
                        Set<String> hidden) {

    public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    public static ListQuery of(String search, String searchIn, String sort, String dir, Integer pageSize, Integer page,
                               List<String> hidden) {
        int size = pageSize == null ? 10 : pageSize;
        if (!PAGE_SIZES.contains(size)) {
            throw new InvalidValueException("pageSize", "must be one of " + PAGE_SIZES);
        }
        if (page != null && page < 1) {
            throw new InvalidValueException("page", "must be 1 or more");
        }
        return new ListQuery(search == null ? "" : search.trim(), searchIn == null ? "" : searchIn, sort == null ? "" : sort,
                "desc".equals(dir), size, page == null ? 1 : page, hidden == null ? Set.of() : Set.copyOf(hidden));
    }

    /** A column of a list: key for the query, label for the header, whether it may be hidden. */
    public record Column(String key, String label, boolean hideable) {
    }

    /** One page of a list. {@code rows} hold the cells of every column, {@code keys} identify each row. */
    public record Result(List<Column> columns, List<Column> visible, List<List<String>> rows, List<String> keys,
                         int total, int pages, ListQuery query) {

        /**
         * The paging line: the first and the last page, the current one and two either side, an ellipsis for the pages
         * left out (a single page left out is shown instead, an ellipsis would take as much room).
         */
        public List<PageLink> pageLinks() {
            return PageLink.around(query.page(), Math.max(pages, 1));
        }

        public boolean isVisible(String column) {
            return visible.stream().anyMatch(c -> c.key().equals(column));
        }
    }

    /** One item of the paging line: a page to go to, the current page, or a gap ({@code page} 0) shown as an ellipsis. */
    public record PageLink(int page, boolean current) {

        /** Pages on each side of the current one that are always linked. */
        static final int NEIGHBOURS = 2;

        public boolean gap() {
            return page == 0;
        }

        static List<PageLink> around(int current, int pages) {
            var shown = new java.util.TreeSet<Integer>();
            shown.add(1);
            shown.add(pages);
            for (int n = Math.max(1, current - NEIGHBOURS); n <= Math.min(pages, current + NEIGHBOURS); n++) {
                shown.add(n);
            }
            var links = new ArrayList<PageLink>();
            int previous = 0;
            for (int n : shown) {
                if (n - previous == 2) {
                    links.add(new PageLink(n - 1, false));
                } else if (n - previous > 2) {
                    links.add(new PageLink(0, false));
                }
                links.add(new PageLink(n, n == current));
                previous = n;
            }
            return List.copyOf(links);
        }
    }

    public Result apply(List<Column> columns, List<List<String>> rows, List<String> keys) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, rows.size()).boxed().toList());
        if (!search.isEmpty()) {
            String needle = search.toLowerCase(Locale.ROOT);
            int only = indexOf(columns, searchIn);
            order.removeIf(i -> {
                List<String> row = rows.get(i);
                return IntStream.range(0, row.size()).filter(c -> only < 0 || c == only)
                        .noneMatch(c -> row.get(c) != null && row.get(c).toLowerCase(Locale.ROOT).contains(needle));
            });
        }
        int sortColumn = indexOf(columns, sort);
        if (sortColumn >= 0) {
            Comparator<Integer> by = Comparator.comparing(i -> String.valueOf(rows.get(i).get(sortColumn)),
                    String.CASE_INSENSITIVE_ORDER);
            order.sort(descending ? by.reversed() : by);
        }
        int total = order.size();
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.min(page, pages);
        List<Integer> shown = order.subList(Math.min((current - 1) * pageSize, total), Math.min(current * pageSize, total));
        List<Column> visible = columns.stream().filter(c -> !c.hideable() || !hidden.contains(c.key())).toList();
        List<List<String>> cells = shown.stream().map(i -> visible.stream()
                .map(c -> rows.get(i).get(columns.indexOf(c))).toList()).toList();
        ListQuery effective = new ListQuery(search, searchIn, sort, descending, pageSize, current, hidden);
        return new Result(columns, visible, cells, shown.stream().map(keys::get).toList(), total, pages, effective);
    }

    private static int indexOf(List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
