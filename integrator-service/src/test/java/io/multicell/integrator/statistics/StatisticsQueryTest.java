package io.multicell.integrator.statistics;

import static io.multicell.integrator.statistics.StatisticsRows.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsQueryTest {

    static final List<BaseStationStatistics> BASES = List.of(
            base("Lab", "7C:2F:80:00:00:03", 2, 5, 0),
            base("hall", "7C:2F:80:00:00:02", 1, 30, 1),
            base("Attic", "7C:2F:80:00:00:01", 1, 10, 9),
            base("Yard", "7C:2F:80:00:00:04", 2, 30, 2));

    static List<String> names(StatisticsQuery.Selection selection) {
        return selection.rows().stream().map(BaseStationStatistics::name).toList();
    }

    static StatisticsQuery query(String sort, String order, String page, String size) {
        return StatisticsQuery.parse(null, null, null, sort, order, page, size);
    }

    @Test
    void withoutSortTheTableIsInTreeOrderByClusterThenName() {
        assertThat(names(query(null, null, null, null).select(BASES))).containsExactly("Attic", "hall", "Lab", "Yard");
    }

    @Test
    void sortingByACounterBreaksTiesInTreeOrder() {
        assertThat(names(query("busy", "desc", null, null).select(BASES))).containsExactly("hall", "Yard", "Attic", "Lab");
        assertThat(names(query("Busy", "asc", null, null).select(BASES))).containsExactly("Lab", "Attic", "hall", "Yard");
        assertThat(names(query("name", null, null, null).select(BASES))).containsExactly("Attic", "hall", "Lab", "Yard");
        assertThat(names(query(null, "desc", null, null).select(BASES))).containsExactly("Yard", "Lab", "hall", "Attic");
        assertThat(names(query("mac", "desc", null, null).select(BASES))).containsExactly("Yard", "Lab", "hall", "Attic");
    }

    @Test
    void theFilterAppliesBeforeSortingAndPagingAndTheTotalCountsEveryMatch() {
        var query = StatisticsQuery.parse("busy", ">=", "10", "callDrops", "desc", null, null);

        var selection = query.select(BASES);

        assertThat(names(selection)).containsExactly("Attic", "Yard", "hall");
        assertThat(selection.total()).isEqualTo(3);
    }

    @Test
    void pagesCountFromOneWithTheManualsPageSizes() {
        List<BaseStationStatistics> many = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            many.add(base(String.format("B%02d", i), String.format("7C:2F:80:00:00:%02X", i), 1, i, 0));
        }

        assertThat(names(query(null, null, "3", "10").select(many))).containsExactly("B21", "B22", "B23", "B24", "B25", "B26", "B27");
        assertThat(names(query(null, null, "2", null).select(many))).hasSize(10).startsWith("B11");
        assertThat(names(query(null, null, null, "25").select(many))).hasSize(25).startsWith("B01");
        assertThat(names(query(null, null, "4", "10").select(many))).isEmpty();
        assertThat(query(null, null, "4", "10").select(many).total()).isEqualTo(27);
        assertThat(names(query(null, null, null, null).select(many))).hasSize(27);
    }

    @ParameterizedTest(name = "sort={0} order={1} page={2} size={3} → 400 on {4}")
    @CsvSource(nullValues = "null", value = {
            "bogus,null,null,null,sort",
            "busy,up,null,null,order",
            "null,null,0,null,page",
            "null,null,x,null,page",
            "null,null,null,20,size",
            "null,null,1,-10,size"})
    void badSortingOrPagingNamesTheField(String sort, String order, String page, String size, String field) {
        assertThatThrownBy(() -> query(sort, order, page, size))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
