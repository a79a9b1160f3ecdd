package io.multicell.integrator.statistics;

import io.multicell.core.identity.Rpn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the base station statistics table as the API shows it. */
@Schema(name = "BaseStationStatistics")
public record BaseStationStatisticsView(
        @Schema(description = "Base station name") String name,
        @Schema(examples = "7C:2F:80:00:00:01") String mac,
        int cluster,
        @Schema(description = "RPN, 2 hex digits", examples = "01") String rpn,
        @Schema(description = "RPN of the base it synchronises with, 2 hex digits", examples = "01") String syncRpn,
        int syncLevel,
        @Schema(description = "Conn: established connections on the DECT MAC layer") long conn,
        @Schema(description = "Ho setup: incoming handovers") long hoSetup,
        @Schema(description = "Ho release: outgoing handovers") long hoRelease,
        @Schema(description = "Call drops: interrupted calls") long callDrops,
        @Schema(description = "Async: how often on-air DECT synchronisation was lost") long async,
        @Schema(description = "Busy: how often every connection of the base was taken") long busy,
        @Schema(description = "Conn. drops: how often the LAN connection to the base was interrupted") long connDrops,
        @Schema(description = "Calls: active calls") long calls,
        @Schema(description = "Calls-pk: peak number of parallel calls") long callsPeak,
        @Schema(description = "Sync swaps: sync master changes after a master crash") long syncSwaps) {

    public static BaseStationStatisticsView of(BaseStationStatistics s) {
        return new BaseStationStatisticsView(s.name(), s.mac().value(), s.cluster(), rpn(s.rpn()), rpn(s.syncRpn()),
                s.syncLevel(), s.conn(), s.hoSetup(), s.hoRelease(), s.callDrops(), s.async(), s.busy(), s.connDrops(),
                s.calls(), s.callsPeak(), s.syncSwaps());
    }

    /** The RPN as the base station list prints it (two hex digits). */
    static String rpn(int value) {
        return value >= 0 && value <= 255 ? new Rpn(value).toString() : Integer.toString(value);
    }
}
