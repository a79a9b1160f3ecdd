package io.multicell.base.voice;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The voice route of every call with a bearer here, by call id. One writer, the air thread (each {@code Bearer}
 * publishes its own route); one reader, the {@link VoiceSocket}'s receiver, which forwards without a hand-off.
 */
public final class VoiceRoutes {

    private final Map<String, VoiceRoute> routes = new ConcurrentHashMap<>();

    public void publish(String callId, VoiceRoute route) {
        routes.put(callId, route);
    }

    public void remove(String callId) {
        routes.remove(callId);
    }

    /** The route of the call, or null when it has no bearer here. */
    public VoiceRoute of(String callId) {
        return routes.get(callId);
    }

    public int size() {
        return routes.size();
    }
}
