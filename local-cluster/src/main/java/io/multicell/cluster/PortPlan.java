package io.multicell.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every port of one mini multicell, shifted by {@code offset} so that several can run side by side (the local one on
 * offset 0, system tests on a free block). Offset 0 is the table of docs/architecture.md.
 */
public record PortPlan(int offset) {

    /** Base instance numbers a plan has ports for. */
    public static final int MAX_BASES = 99;
    /** The highest port of the plan sits at 19093 + offset. */
    public static final int MAX_OFFSET = 65535 - 19093;

    public PortPlan {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("port offset must be 0.." + MAX_OFFSET + ", was " + offset);
        }
    }

    /** The plan of the environment: MULTICELL_PORT_OFFSET, 0 when unset. */
    public static PortPlan fromEnvironment() {
        String text = System.getenv("MULTICELL_PORT_OFFSET");
        if (text == null || text.isBlank()) {
            return new PortPlan(0);
        }
        try {
            return new PortPlan(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MULTICELL_PORT_OFFSET must be a number, was '" + text + "'");
        }
    }

    public int integratorHttp() {
        return 8080 + offset;
    }

    /** The web configurator (HTTPS); the integrator's plain HTTP port keeps serving the API. */
    public int integratorHttps() {
        return 8443 + offset;
    }

    public int integratorGrpc() {
        return 9080 + offset;
    }

    public int dmHttp() {
        return 8081 + offset;
    }

    public int dmGrpc() {
        return 9081 + offset;
    }

    public int sipHttp() {
        return 8082 + offset;
    }

    public int sipGrpc() {
        return 9082 + offset;
    }

    /** SIP over UDP towards the PBX (the manual's default SIP port 5060). */
    public int sipSignalling() {
        return 5060 + offset;
    }

    public int simulatorHttp() {
        return 8085 + offset;
    }

    /** Reserved for the handset simulator; it serves no gRPC yet, so nothing listens there. */
    public int simulatorGrpc() {
        return 9085 + offset;
    }

    public int baseHttp(int n) {
        return 8090 + checkedBase(n) + offset;
    }

    public int baseGrpc(int n) {
        return 9090 + checkedBase(n) + offset;
    }

    /** Prometheus of the mini multicell, when it is installed (deploy/prometheus/prometheus-local.yml). */
    public int prometheus() {
        return 9090 + offset;
    }

    public int kafka() {
        return 19092 + offset;
    }

    public int kafkaController() {
        return 19093 + offset;
    }

    /** Every TCP port the services and the broker of this plan listen on, with {@code bases} bases. */
    public List<Integer> tcpPorts(int bases) {
        var ports = new ArrayList<>(List.of(integratorHttp(), integratorHttps(), integratorGrpc(), dmHttp(), dmGrpc(),
                sipHttp(), sipGrpc(), simulatorHttp(), simulatorGrpc(), kafka(), kafkaController()));
        for (int n = 1; n <= bases; n++) {
            ports.add(baseHttp(n));
            ports.add(baseGrpc(n));
        }
        return ports;
    }

    /**
     * The first plan from {@code from} to {@code to} (offsets, every {@code step}) none of whose TCP ports is taken now,
     * so that two clusters on one machine (a test and a benchmark, two test runs) never share a port.
     */
    public static Optional<PortPlan> firstFree(int from, int to, int step, int bases) {
        for (int offset = from; offset <= to; offset += step) {
            var plan = new PortPlan(offset);
            if (plan.tcpPorts(bases).stream().allMatch(PortPlan::free)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    /**
     * Binds without SO_REUSEADDR, as Kafka's acceptors do: a port with connections of an earlier run still in TIME_WAIT
     * counts as taken (a plain ServerSocket would bind it, and the broker would then halt).
     */
    private static boolean free(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int checkedBase(int n) {
        if (n < 1 || n > MAX_BASES) {
            throw new IllegalArgumentException("base instance must be 1.." + MAX_BASES + ", was " + n);
        }
        return n;
    }
}
