package io.multicell.integrator.statistics;

import static io.multicell.integrator.statistics.StatisticsRows.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsFilterTest {

    static final BaseStationStatistics BUSY_20 = base("Hall", "7C:2F:80:00:00:01", 1, 20, 4);
    static final BaseStationStatistics BUSY_21 = base("Lab", "7C:2F:80:00:00:02", 1, 21, 5);

    @Test
    void noParametersMeansNoFilter() {
        assertThat(StatisticsFilter.parse(null, null, null)).isEmpty();
        assertThat(StatisticsFilter.parse("", " ", "")).isEmpty();
    }

    @Test
    void theManualsBusyExampleKeepsBasesWithMoreThan20BusySituations() {
        StatisticsFilter busy = StatisticsFilter.parse("Busy", ">", "20").orElseThrow();

        assertThat(busy.admits(BUSY_20)).isFalse();
        assertThat(busy.admits(BUSY_21)).isTrue();
    }

    @Test
    void theManualsCallDropsExampleKeepsBasesWithLessThan5Interruptions() {
        StatisticsFilter drops = StatisticsFilter.parse("callDrops", "lt", "5").orElseThrow();

        assertThat(drops.admits(BUSY_20)).isTrue();
        assertThat(drops.admits(BUSY_21)).isFalse();
    }

    @ParameterizedTest(name = "busy {0} 20 admits busy 20: {1}, busy 21: {2}")
    @CsvSource({"<,false,false", "lt,false,false", ">,false,true", "GT,false,true", "=,true,false", "eq,true,false",
            "<=,true,false", "le,true,false", ">=,true,true", "ge,true,true"})
    void everyOperatorComparesAsItsSymbolSays(String operator, boolean admits20, boolean admits21) {
        StatisticsFilter filter = StatisticsFilter.parse("busy", operator, "20").orElseThrow();

        assertThat(filter.admits(BUSY_20)).isEqualTo(admits20);
        assertThat(filter.admits(BUSY_21)).isEqualTo(admits21);
    }

    @ParameterizedTest
    @CsvSource({"Calls-pk,CALLS_PEAK", "callsPeak,CALLS_PEAK", "Conn. drops,CONN_DROPS", "conndrops,CONN_DROPS",
            "Ho setup,HO_SETUP", "hoRelease,HO_RELEASE", "Sync swaps,SYNC_SWAPS", "CONN,CONN", "MAC address,MAC"})
    void aColumnIsNamedByItsKeyOrTheManualsHeader(String text, StatisticsColumn column) {
        assertThat(StatisticsColumn.parse("column", text, true)).isEqualTo(column);
    }

    @Test
    void theMacFilterComparesTwelveHexDigitsWithoutRegardToCase() {
        StatisticsFilter mac = StatisticsFilter.parse("mac", "=", "7c2f80000002").orElseThrow();

        assertThat(mac.admits(BUSY_21)).isTrue();
        assertThat(mac.admits(BUSY_20)).isFalse();
        assertThat(StatisticsFilter.parse("mac", "eq", "7C2F80000001").orElseThrow().admits(BUSY_20)).isTrue();
    }

    @ParameterizedTest(name = "column={0} operator={1} value={2} → 400 on {3}")
    @CsvSource(nullValues = "null", value = {
            "name,=,Hall,column",
            "rpn,=,1,column",
            "bogus,>,1,column",
            "null,>,1,column",
            "busy,null,1,operator",
            "busy,!=,1,operator",
            "busy,=>,1,operator",
            "mac,>,7c2f80000001,operator",
            "mac,<=,7c2f80000001,operator",
            "mac,=,7C:2F:80:00:00:01,value",
            "mac,=,7c2f8000000,value",
            "mac,=,7c2f8000000g,value",
            "busy,>,null,value",
            "busy,>,-1,value",
            "busy,>,2.5,value",
            "busy,>,twenty,value",
            "busy,>,9999999999999999999,value"})
    void aBadColumnOperatorOrValueNamesTheFieldAndItsRule(String column, String operator, String value, String field) {
        assertThatThrownBy(() -> StatisticsFilter.parse(column, operator, value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).isNotBlank();
                });
    }

    @Test
    void theRulesTellWhatIsAllowed() {
        assertThatThrownBy(() -> StatisticsFilter.parse("name", "=", "1"))
                .hasMessage("column: must be one of mac, conn, hoSetup, hoRelease, callDrops, async, busy, connDrops, calls, callsPeak, syncSwaps");
        assertThatThrownBy(() -> StatisticsFilter.parse("mac", ">", "7c2f80000001"))
                .hasMessage("operator: must be = for the MAC address column");
        assertThatThrownBy(() -> StatisticsFilter.parse("mac", "=", "7C:2F:80:00:00:01"))
                .hasMessage("value: must be a MAC address written aabbccddeeff (12 hex digits, no colons)");
        assertThatThrownBy(() -> StatisticsFilter.parse("busy", "<>", "1"))
                .hasMessage("operator: must be one of lt, gt, eq, le, ge (or <, >, =, <=, >=)");
        assertThat(StatisticsFilter.parse("busy", "  >= ", " 7 ")).isEqualTo(Optional.of(
                new StatisticsFilter.CounterFilter(StatisticsColumn.BUSY, ComparisonOperator.GE, 7)));
    }
}
