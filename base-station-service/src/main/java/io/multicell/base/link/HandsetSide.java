package io.multicell.base.link;

import io.multicell.core.identity.Ipui;
import java.util.Set;

/**
 * The handset half of the base as the control link sees it: what to report after Hello, and where the DM's handset
 * commands go. Every method may be called from the link's thread and must not block it.
 */
public interface HandsetSide {

    /** A base without handsets (plain link tests). */
    HandsetSide NONE = new HandsetSide() {
        @Override
        public Set<Ipui> attachedHandsets() {
            return Set.of();
        }

        @Override
        public void page(Ipui ipui, String pageId) {
        }

        @Override
        public void release(Ipui ipui, String reason) {
        }

        @Override
        public void inService(boolean inService) {
        }

        @Override
        public void terminateAll(String reason) {
        }

        @Override
        public void call(DmCommand.CallCommand command) {
        }

        @Override
        public AirCounters counters() {
            return AirCounters.NONE;
        }

        @Override
        public void resetStatistics() {
        }
    };

    /** IPUIs of the handsets attached here right now. */
    Set<Ipui> attachedHandsets();

    /** Forwards a page to the handset's air stream. */
    void page(Ipui ipui, String pageId);

    /** Ends the handset's air stream with {@code reason}. */
    void release(Ipui ipui, String reason);

    /** Whether the base may carry handsets, per the DM's last assignment (only Sync and Sync overload do). */
    void inService(boolean inService);

    /** Ends every air stream (reboot: all connections of the base are terminated). */
    void terminateAll(String reason);

    /** Applies a call command of the DM to the air streams and bearers of the call. */
    void call(DmCommand.CallCommand command);

    /** The counters every heartbeat carries. */
    AirCounters counters();

    /** ResetStatistics: Conn back to 0. */
    void resetStatistics();
}
