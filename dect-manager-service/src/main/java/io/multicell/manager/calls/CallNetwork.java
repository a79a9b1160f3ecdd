package io.multicell.manager.calls;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.basestation.BaseCommand;
import io.multicell.manager.paging.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What call routing needs of the bases and the handsets; answered on the control thread by their registries. */
public interface CallNetwork {

    /** What the DM knows of a base (planned or connected); empty for an unknown base. */
    Optional<CallBase> base(MacAddress mac);

    /** Sends a command down a base's control stream; false when it has none open. */
    boolean send(MacAddress base, BaseCommand command);

    /** True when the handset holds a subscription (Registered). */
    boolean registered(Ipui ipui);

    /** The base the handset is attached at now; empty when it is not reachable. */
    Optional<MacAddress> attachedAt(Ipui ipui);

    /** Pages the handset (last base first, then its cluster); completes on the control thread. */
    CompletableFuture<PageResult> page(Ipui ipui);

    /** A handover moved the handset to {@code base}: the location registry follows (no roam event). */
    void handedOver(Ipui ipui, MacAddress base);

    /** Every planned base, ordered by MAC, with what the Statistics table shows of it. */
    List<PlannedBaseInfo> plannedBases();

    /** Every base with an open control stream. */
    List<MacAddress> connectedBases();
}
