package io.multicell.integrator.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

    static final String HEADER = "Base station,MAC address,RPN,Sync RPN,Sync Level,Conn,Ho setup,Ho release,Call drops,Async,"
            + "Busy,Conn. drops,Calls,Calls-pk,Sync swaps\r\n";

    @Test
    void theHeaderRowHasTheManualsColumnNames() {
        assertThat(StatisticsCsv.write(List.of())).isEqualTo(HEADER);
    }

    @Test
    void eachBaseIsOneRowInTheHeadersOrder() {
        var base = new BaseStationStatistics("Hall", MacAddress.parse("7c2f800000aa"), 3, 0x41, 0x40, 2,
                11, 12, 13, 14, 15, 16, 17, 1, 4, 18);

        assertThat(StatisticsCsv.write(List.of(base)))
                .isEqualTo(HEADER + "Hall,7C:2F:80:00:00:AA,41,40,2,11,12,13,14,15,16,17,1,4,18\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(StatisticsCsv.field("Hall")).isEqualTo("Hall");
        assertThat(StatisticsCsv.field("Hall, 1st floor")).isEqualTo("\"Hall, 1st floor\"");
        assertThat(StatisticsCsv.field("The \"big\" hall")).isEqualTo("\"The \"\"big\"\" hall\"");
        assertThat(StatisticsCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(StatisticsCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(StatisticsCsv.field("")).isEmpty();
        assertThat(StatisticsCsv.field("Conn. drops")).isEqualTo("Conn. drops");
    }

    @Test
    void aNameWithACommaStaysOneField() {
        var base = new BaseStationStatistics("Hall, \"east\"", MacAddress.parse("7c2f80000001"), 1, 1, 0, 1,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        String row = StatisticsCsv.write(List.of(base)).substring(HEADER.length());

        assertThat(row).isEqualTo("\"Hall, \"\"east\"\"\",7C:2F:80:00:00:01,01,00,1,0,0,0,0,0,0,0,0,0,0\r\n");
    }
}
