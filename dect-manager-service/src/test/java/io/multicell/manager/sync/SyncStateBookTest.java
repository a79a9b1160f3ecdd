package io.multicell.manager.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.SyncOutcome;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncStateBookTest {

    private static final MacAddress A = MacAddress.forInstance(1);
    private static final MacAddress B = MacAddress.forInstance(2);

    private final SyncStateBook book = new SyncStateBook();

    private static SyncOutcome dect(MacAddress source, double rssi) {
        return new SyncOutcome(BaseStationStatus.SYNC, "D", Optional.of(source), rssi, 2, 1);
    }

    @Test
    void onlyStatusLevelOrSourceChangesAreTransitions() {
        assertThat(book.record(Map.of(A, dect(B, -60)))).hasSize(1);

        // A different RSSI alone is no news for consumers.
        assertThat(book.record(Map.of(A, dect(B, -61)))).isEmpty();

        var lost = new SyncOutcome(BaseStationStatus.NO_SYNC, "", Optional.empty(), Double.NaN, 2, 1);
        var transitions = book.record(Map.of(A, lost));
        assertThat(transitions).singleElement().satisfies(t -> {
            assertThat(t.previous()).map(SyncOutcome::status).contains(BaseStationStatus.SYNC);
            assertThat(t.sequence()).isEqualTo(2);
            assertThat(t.statusChanged()).isTrue();
        });
    }

    @Test
    void aBasePlannedAgainStartsWithoutPreviousStateButKeepsCountingItsSequence() {
        book.record(Map.of(A, dect(B, -60)));
        book.record(Map.of());

        var again = book.record(Map.of(A, dect(B, -60)));

        assertThat(again).singleElement().satisfies(t -> {
            assertThat(t.previous()).isEmpty();
            assertThat(t.sequence()).isEqualTo(2);
        });
    }
}
