package io.multicell.base.air;

/**
 * How many call bearers the base carries at most: {@code channels}, or {@code widebandChannels} while one of its
 * calls is wideband (G.722).
 */
public record CallChannels(int channels, int widebandChannels) {

    /** The N670's radio module: 8 calls, 5 with a wideband call among them. */
    public static final CallChannels DEFAULT = new CallChannels(8, 5);

    public CallChannels {
        if (channels < 1 || widebandChannels < 1) {
            throw new IllegalArgumentException("call channels must be at least 1: " + channels + "/" + widebandChannels);
        }
    }

    int limit(boolean wideband) {
        return wideband ? Math.min(channels, widebandChannels) : channels;
    }
}
