package io.multicell.integrator.basestation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The administration page: connected and pending base stations. */
@Schema(name = "BaseStationList")
public record BaseStationListView(
        List<BaseStationView> connected,
        List<PendingBaseStationView> pending,
        @Schema(description = "False when the DECT manager could not be asked: every base then shows Offline and nothing is pending")
        boolean dmConnected) {

    public static BaseStationListView of(BaseStationPlan plan, LiveState live) {
        return new BaseStationListView(
                plan.bases().stream().map(b -> BaseStationView.of(b, live.find(b.mac()).orElse(null), live.dmName())).toList(),
                live.pending(plan).stream().map(PendingBaseStationView::of).toList(),
                live.dmConnected());
    }
}
