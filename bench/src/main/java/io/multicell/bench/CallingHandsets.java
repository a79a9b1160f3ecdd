package io.multicell.bench;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The gateway path's far end: three bases on a line in Sync, provider profile 1 pointing at Kamailio, and
 * {@code count} virtual handsets with SIP accounts 1001.. (Kamailio's subscribers), spread evenly over the three
 * bases (at most 7 each for 20, under a base's 8 channels), registered, their accounts registered at Kamailio, and
 * answering at once (AUTO).
 */
final class CallingHandsets {

    static final int FIRST_NUMBER = 1001;
    /** Kamailio's subscribers are 1001..1030; 1030 is the baseline callee. */
    static final int MAX_HANDSETS = 29;
    static final String PIN = "4321";
    private static final List<String> BASES = List.of(MacAddress.forInstance(1).value(), MacAddress.forInstance(2).value(),
            MacAddress.forInstance(3).value());
    private static final List<FloorPosition> BASE_POSITIONS = List.of(new FloorPosition(0, 0), new FloorPosition(20, 0),
            new FloorPosition(40, 0));
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);

    private final IntegratorClient integrator;
    private final SimulatorClient simulator;
    private final int count;

    private CallingHandsets(IntegratorClient integrator, SimulatorClient simulator, int count) {
        this.integrator = integrator;
        this.simulator = simulator;
        this.count = count;
    }

    static CallingHandsets setUp(BenchCluster cluster, int kamailioPort, int count, Consumer<String> progress) {
        var handsets = new CallingHandsets(new IntegratorClient(cluster.integratorUrl()), new SimulatorClient(cluster.simulatorUrl()), count);
        handsets.confirmBases();
        progress.accept("bases " + BASES + " in Sync at (0,0) (20,0) (40,0)");
        handsets.addAccountsAndHandsets(kamailioPort);
        progress.accept(count + " handsets attached, accounts " + number(1) + ".." + number(count) + " registered at Kamailio, answer mode AUTO");
        return handsets;
    }

    static String number(int n) {
        return Integer.toString(FIRST_NUMBER + n - 1);
    }

    private static String ipui(int n) {
        return String.format(Locale.ROOT, "00CA11E%03X", n);
    }

    private static String id(int n) {
        return String.format(Locale.ROOT, "callee%02d", n);
    }

    /** The numbers sipp calls in turn. */
    List<String> numbers() {
        var numbers = new ArrayList<String>();
        for (int n = 1; n <= count; n++) {
            numbers.add(number(n));
        }
        return numbers;
    }

    private void confirmBases() {
        integrator.awaitPending(BASES);
        integrator.confirm(BASES.get(0), 1, BASE_POSITIONS.get(0));
        integrator.confirm(BASES.get(1), 2, BASE_POSITIONS.get(1));
        integrator.confirm(BASES.get(2), 2, BASE_POSITIONS.get(2));
        BASES.forEach(mac -> integrator.awaitStatus(mac, "Sync"));
    }

    private void addAccountsAndHandsets(int kamailioPort) {
        integrator.pbxProfile(1, "Kamailio", kamailioPort);
        for (int n = 1; n <= count; n++) {
            integrator.addMobileDeviceWithAccount(ipui(n), PIN, "Bench " + n, 1, number(n), "pw" + number(n));
        }
        integrator.openRegistrationWindow(Duration.ofMinutes(10));
        for (int n = 1; n <= count; n++) {
            // handset n next to base (n - 1) % 3, a metre apart from its neighbours there
            FloorPosition base = BASE_POSITIONS.get((n - 1) % 3);
            simulator.create(id(n), ipui(n), new FloorPosition(base.x() + 1.0 + 0.3 * ((n - 1) / 3), 1.0));
            simulator.answerMode(id(n), "AUTO");
        }
        for (int n = 1; n <= count; n++) {
            simulator.register(id(n), PIN);
        }
        Waits.until("all " + count + " handsets to be attached", SETTLE, POLL, this::allAttached,
                () -> "states " + simulator.handsets().stream().collect(Collectors.groupingBy(SimulatorClient.Handset::state,
                        Collectors.counting())));
        Waits.until("all " + count + " accounts to be registered at Kamailio", SETTLE, POLL, () -> {
            Map<String, String> states = integrator.sipStates();
            return java.util.stream.IntStream.rangeClosed(1, count).allMatch(n -> "Registered".equals(states.get(ipui(n))));
        }, () -> "SIP states " + integrator.sipStates().values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
    }

    boolean allAttached() {
        return simulator.handsets().stream().filter(h -> h.id().startsWith("callee")).filter(h -> "ATTACHED".equals(h.state()))
                .count() == count;
    }

    /** After a load: every handset back to idle (no call left over), or a note why not. */
    String awaitIdle(Duration timeout) {
        try {
            Waits.until("every handset to be idle again", timeout, Duration.ofMillis(250), this::allAttached,
                    () -> "states " + simulator.handsets().stream().collect(Collectors.groupingBy(SimulatorClient.Handset::state,
                            Collectors.counting())));
            return "";
        } catch (BenchmarkException e) {
            return e.getMessage();
        }
    }
}
