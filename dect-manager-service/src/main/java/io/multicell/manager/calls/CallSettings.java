package io.multicell.manager.calls;

import java.time.Duration;

/**
 * Settings of call routing ({@code multicell.dm.calls.*}).
 *
 * @param channelsPerBase          calls a base carries
 * @param widebandChannelsPerBase  calls a base carries while one of them is G.722
 * @param ringTimeout              an incoming call nobody answers for this long is released NO_ANSWER
 * @param handoverHysteresisDb     how much stronger a target must be heard than the bearer base
 * @param handoverTimeout          a handover not completed (MediaOnBearer) within this is abandoned
 */
public record CallSettings(int channelsPerBase, int widebandChannelsPerBase, Duration ringTimeout, double handoverHysteresisDb,
                           Duration handoverTimeout) {

    public static CallSettings defaults() {
        return new CallSettings(8, 5, Duration.ofSeconds(60), 6, Duration.ofSeconds(2));
    }
}
