package io.multicell.simulator.dm;

import io.multicell.simulator.radio.BaseOnAir;
import java.util.List;

/** Where the simulator learns the bases of the floor plan: the DM's live list. */
public interface BaseStationDirectory {

    /**
     * Every base the DM knows, now.
     *
     * @throws RuntimeException when the DM cannot be asked
     */
    List<BaseOnAir> list();

    /** Where the DM is, for logs and health ("127.0.0.1:9081"). */
    String target();
}
