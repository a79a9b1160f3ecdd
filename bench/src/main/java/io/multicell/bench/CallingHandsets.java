package io.multicell.bench;

import io.multicell.cluster.BaseGrid;
import io.multicell.core.radio.FloorPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The gateway path's far end: the cluster's grid of bases in Sync, provider profile 1 pointing at Kamailio, and
 * {@code count} virtual handsets with SIP accounts 1001.. (Kamailio's subscribers), dealt round the bases in turn
 * (so consecutive numbers sit on different bases; at most 8 a base keeps every call within a base's 8 channels),
 * registered, their accounts registered at Kamailio, and answering at once (AUTO).
 */
final class CallingHandsets {

    static final int FIRST_NUMBER = 1001;
    /** Kamailio is started with subscribers 1001..(1000 + handsets + 1); the one after the handsets is the baseline callee. */
    static final int MAX_HANDSETS = 400;
    static final String PIN = "4321";
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);

    private final IntegratorClient integrator;
    private final SimulatorClient simulator;
    private final BaseGrid grid;
    private final int count;

    private CallingHandsets(IntegratorClient integrator, SimulatorClient simulator, BaseGrid grid, int count) {
        this.integrator = integrator;
        this.simulator = simulator;
        this.grid = grid;
        this.count = count;
    }

    static CallingHandsets setUp(BenchCluster cluster, int kamailioPort, int count, Consumer<String> progress) {
        return setUp(cluster, kamailioPort, count, n -> position(cluster.grid, n), progress);
    }

    /** As above with handset n at {@code positions.apply(n)}. */
    static CallingHandsets setUp(BenchCluster cluster, int kamailioPort, int count, IntFunction<FloorPosition> positions,
            Consumer<String> progress) {
        var integrator = new IntegratorClient(cluster.integratorUrl());
        var handsets = new CallingHandsets(integrator, new SimulatorClient(cluster.simulatorUrl()), cluster.grid, count);
        cluster.confirmGrid(integrator);
        progress.accept(cluster.grid.bases() + " bases in Sync on a " + cluster.grid.columns() + "-column grid, 20 m apart");
        handsets.addAccountsAndHandsets(kamailioPort, positions);
        progress.accept(count + " handsets attached, accounts " + number(1) + ".." + number(count) + " registered at Kamailio, answer mode AUTO");
        return handsets;
    }

    static String number(int n) {
        return Integer.toString(FIRST_NUMBER + n - 1);
    }

    static String ipui(int n) {
        return String.format(Locale.ROOT, "00CA11E%03X", n);
    }

    static String id(int n) {
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

    private void addAccountsAndHandsets(int kamailioPort, IntFunction<FloorPosition> positions) {
        integrator.pbxProfile(1, "Kamailio", kamailioPort);
        for (int n = 1; n <= count; n++) {
            integrator.addMobileDeviceWithAccount(ipui(n), PIN, "Bench " + n, 1, number(n), "pw" + number(n));
        }
        integrator.openRegistrationWindow(Duration.ofMinutes(10));
        for (int n = 1; n <= count; n++) {
            simulator.create(id(n), ipui(n), positions.apply(n));
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

    /** Handset n next to base 1 + (n - 1) mod N, 0.3 m from its neighbours there: that base is the strongest it hears. */
    static FloorPosition position(BaseGrid grid, int n) {
        FloorPosition base = grid.position(1 + (n - 1) % grid.bases());
        return new FloorPosition(base.x() + 1.0 + 0.3 * ((n - 1) / grid.bases()), base.y() + 1.0);
    }

    boolean allAttached() {
        return simulator.handsets().stream().filter(h -> h.id().startsWith("callee")).filter(h -> "ATTACHED".equals(h.state()))
                .count() == count;
    }

    /** After a load: no call left in the DM and every handset attached, or a note why not. */
    String awaitIdle(Duration timeout) {
        try {
            Waits.until("every call to be over and every handset idle again", timeout, Duration.ofMillis(500),
                    () -> integrator.activeCalls() == 0 && allAttached(),
                    () -> integrator.activeCalls() + " call(s) left in the DM; handset states " + simulator.handsets().stream()
                            .collect(Collectors.groupingBy(SimulatorClient.Handset::state, Collectors.counting())));
            return "";
        } catch (BenchmarkException e) {
            return e.getMessage();
        }
    }
}
