package io.multicell.manager.paging;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import java.util.Optional;

/**
 * How a page ended.
 *
 * @param answeredAt  the base the handset answered through; empty when it did not answer
 * @param rfpi        that base's RFPI (empty when not answered or the base is not planned)
 * @param basesPaged  how many distinct bases the page went to
 */
public record PageResult(Optional<MacAddress> answeredAt, Optional<Rfpi> rfpi, int basesPaged) {

    public boolean answered() {
        return answeredAt.isPresent();
    }
}
