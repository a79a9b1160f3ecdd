package io.multicell.sip.kamailio;

import io.multicell.testing.sip.KamailioProcess;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real Kamailio for a {@code @QuarkusTest} and points the gateway's SIP socket at a free port of 127.0.0.1.
 * Fails the test when Kamailio is not installed.
 */
public class KamailioTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KamailioProcess kamailio;

    /** The Kamailio of the running test. */
    public static KamailioProcess kamailio() {
        return kamailio;
    }

    @Override
    public Map<String, String> start() {
        kamailio = KamailioProcess.start(FreePorts.udp());
        return Map.of(
                "multicell.sip.bind-address", "127.0.0.1",
                "multicell.sip.port", String.valueOf(FreePorts.udp()));
    }

    @Override
    public void stop() {
        if (kamailio != null) {
            kamailio.close();
        }
    }
}
