package io.multicell.integrator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "Working with lists" on rows of text: the paging line, search, sort, page size rules. */
class ListQueryTest {

    static final List<ListQuery.Column> COLUMNS = List.of(new ListQuery.Column("name", "Name", false),
            new ListQuery.Column("info", "Info", true));

    @Test
    void aThousandEntriesShowFirstLastTheCurrentPageTwoEitherSideAndEllipses() {
        assertThat(line(1000, 1)).isEqualTo("[1] 2 3 … 100");
        assertThat(line(1000, 50)).isEqualTo("1 … 48 49 [50] 51 52 … 100");
        assertThat(line(1000, 97)).isEqualTo("1 … 95 96 [97] 98 99 100");
        assertThat(line(1000, 100)).isEqualTo("1 … 98 99 [100]");
        assertThat(line(1000, 4)).isEqualTo("1 2 3 [4] 5 6 … 100");
    }

    @Test
    void aSinglePageLeftOutIsShownRatherThanAnEllipsis() {
        assertThat(line(1000, 5)).isEqualTo("1 2 3 4 [5] 6 7 … 100");
        assertThat(line(90, 5)).isEqualTo("1 2 3 4 [5] 6 7 8 9");
    }

    @Test
    void fewPagesAreAllShownAndAnEmptyListHasPageOne() {
        assertThat(line(25, 2)).isEqualTo("1 [2] 3");
        assertThat(line(0, 1)).isEqualTo("[1]");
        // A page beyond the last shows the last.
        assertThat(line(30, 9)).isEqualTo("1 2 [3]");
    }

    @Test
    void searchSortAndPageSizeRules() {
        var rows = List.of(List.of("Cellar", "offline"), List.of("attic", "ok"), List.of("Basement", "offline"));
        var result = ListQuery.of("offline", "info", "name", "desc", 10, 1, List.of("info")).apply(COLUMNS, rows, List.of("1", "2", "3"));
        assertThat(result.keys()).containsExactly("1", "3");
        assertThat(result.rows()).containsExactly(List.of("Cellar"), List.of("Basement"));
        assertThatThrownBy(() -> ListQuery.of(null, null, null, null, 20, null, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("pageSize");
        assertThatThrownBy(() -> ListQuery.of(null, null, null, null, null, 0, null)).hasMessageContaining("page");
    }

    /** The paging line of {@code entries} rows, 10 per page, asked for {@code page}: current in brackets, gaps as …. */
    private static String line(int entries, int page) {
        List<List<String>> rows = IntStream.range(0, entries).mapToObj(i -> List.of("row " + i, "")).toList();
        List<String> keys = IntStream.range(0, entries).mapToObj(Integer::toString).toList();
        var result = ListQuery.of(null, null, null, null, 10, page, null).apply(COLUMNS, rows, keys);
        return result.pageLinks().stream()
                .map(l -> l.gap() ? "…" : l.current() ? "[" + l.page() + "]" : Integer.toString(l.page()))
                .collect(Collectors.joining(" "));
    }
}
