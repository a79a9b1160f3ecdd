package io.multicell.simulator.handset;

import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.simulator.air.AirConnector;
import io.multicell.simulator.air.AirListener;
import io.multicell.simulator.air.AirStream;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.Uplink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bases and their DM as one in-memory fake: it answers every air stream the way base and DM do (Lock, registration
 * with the real key derivation, attach, refusals), records what each handset sent, and lets the test end streams,
 * page handsets or keep a base silent.
 */
final class FakeCells implements AirConnector {

    /** One air stream as the base sees it. */
    final class Stream implements AirStream {
        final String endpoint;
        final AirListener listener;
        final List<Uplink> received = new ArrayList<>();
        boolean closedByHandset;
        private String pendingTransaction;
        private byte[] pendingRs;
        private byte[] pendingRand;
        private boolean registration;
        private Ipui ipui;

        Stream(String endpoint, AirListener listener) {
            this.endpoint = endpoint;
            this.listener = listener;
        }

        @Override
        public void send(Uplink message) {
            if (closedByHandset) {
                return;
            }
            received.add(message);
            if (silent.contains(endpoint)) {
                return;
            }
            if (message instanceof Uplink.Lock lock) {
                ipui = lock.ipui();
                if (notInService.contains(endpoint)) {
                    listener.onDownlink(new Downlink.LocationResult(false, "base not in service"));
                    listener.onEnded("completed by the base");
                }
            } else if (message instanceof Uplink.AccessRightsRequest) {
                if (!pins.containsKey(ipui)) {
                    listener.onDownlink(new Downlink.AccessRightsResult(false, "no entry for this IPUI"));
                    return;
                }
                challenge(true);
                listener.onDownlink(new Downlink.RegistrationChallenge(pendingTransaction, pendingRs, pendingRand));
            } else if (message instanceof Uplink.LocationRequest) {
                if (!keys.containsKey(ipui)) {
                    listener.onDownlink(new Downlink.LocationResult(false, "not registered"));
                    return;
                }
                challenge(false);
                listener.onDownlink(new Downlink.AuthenticationChallenge(pendingTransaction, pendingRand));
            } else if (message instanceof Uplink.ChallengeResponse response) {
                if (registration) {
                    byte[] uak = AuthenticationKeys.deriveUak(pins.get(ipui), pendingRs, ipui);
                    boolean proven = AuthenticationKeys.verify(uak, pendingRand, ipui, response.res());
                    if (proven) {
                        keys.put(ipui, uak);
                    }
                    listener.onDownlink(new Downlink.AccessRightsResult(proven, proven ? "" : "wrong PIN"));
                } else {
                    boolean proven = AuthenticationKeys.verify(keys.get(ipui), pendingRand, ipui, response.res());
                    listener.onDownlink(new Downlink.LocationResult(proven, proven ? "" : "authentication failed"));
                }
            }
        }

        private void challenge(boolean forRegistration) {
            registration = forRegistration;
            pendingTransaction = "tx-" + (++transactions);
            pendingRs = AuthenticationKeys.randomChallenge();
            pendingRand = AuthenticationKeys.randomChallenge();
        }

        @Override
        public void close() {
            closedByHandset = true;
        }

        /** The base ends the stream (reboot, release). */
        void end() {
            listener.onEnded("ended by the base");
        }

        long count(Class<? extends Uplink> type) {
            return received.stream().filter(type::isInstance).count();
        }
    }

    final Map<Ipui, Pin> pins = new HashMap<>();
    final Map<Ipui, byte[]> keys = new HashMap<>();
    final List<Stream> streams = new ArrayList<>();
    /** Bases that take every message and answer none. */
    final List<String> silent = new ArrayList<>();
    /** Bases that refuse every Lock. */
    final List<String> notInService = new ArrayList<>();
    private int transactions;

    @Override
    public AirStream open(String airEndpoint, AirListener listener) {
        var stream = new Stream(airEndpoint, listener);
        streams.add(stream);
        return stream;
    }

    List<Stream> streamsTo(String endpoint) {
        return streams.stream().filter(s -> s.endpoint.equals(endpoint)).toList();
    }

    Stream last() {
        return streams.get(streams.size() - 1);
    }
}
