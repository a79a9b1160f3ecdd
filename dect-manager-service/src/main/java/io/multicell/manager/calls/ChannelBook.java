package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;
import io.multicell.proto.media.v1.Codec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The traffic channels of every base: a base carries {@code channels} calls, or {@code widebandChannels} while it
 * carries a G.722 call. The DM reserves a channel when it chooses a bearer and frees it when the bearer ends.
 */
public final class ChannelBook {

    private final int channels;
    private final int widebandChannels;
    private final Map<MacAddress, Map<String, Codec>> reserved = new HashMap<>();

    public ChannelBook(int channels, int widebandChannels) {
        this.channels = channels;
        this.widebandChannels = widebandChannels;
    }

    /** True when one more call with this codec fits on the base. */
    public boolean hasFree(MacAddress base, Codec codec) {
        Map<String, Codec> calls = reserved.getOrDefault(base, Map.of());
        boolean wideband = codec == Codec.G722 || calls.containsValue(Codec.G722);
        return calls.size() < (wideband ? widebandChannels : channels);
    }

    /** Reserves a channel for the call (idempotent per base and call). */
    public void reserve(MacAddress base, String callId, Codec codec) {
        reserved.computeIfAbsent(base, b -> new LinkedHashMap<>()).put(callId, codec);
    }

    /** The codec of a reserved call changed (an outgoing call learns it on CONNECTED). */
    public void recodec(MacAddress base, String callId, Codec codec) {
        Map<String, Codec> calls = reserved.get(base);
        if (calls != null && calls.containsKey(callId)) {
            calls.put(callId, codec);
        }
    }

    public void free(MacAddress base, String callId) {
        Map<String, Codec> calls = reserved.get(base);
        if (calls != null) {
            calls.remove(callId);
            if (calls.isEmpty()) {
                reserved.remove(base);
            }
        }
    }

    /** Calls holding a channel on the base now (the manual's Calls column). */
    public int callsOn(MacAddress base) {
        return reserved.getOrDefault(base, Map.of()).size();
    }
}
