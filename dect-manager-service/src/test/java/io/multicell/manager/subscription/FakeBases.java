package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.manager.location.BaseDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Bases as the handset side sees them: which are online, in which cluster, and what was sent down their streams. */
final class FakeBases implements BaseDirectory {

    static final Pari PARI = new Pari(0x12345678L);

    /** A page or release sent to a base. */
    record Sent(MacAddress base, String kind, Ipui ipui, String detail) {
    }

    private final Map<MacAddress, Integer> clusters = new TreeMap<>();
    private final Map<MacAddress, Boolean> online = new TreeMap<>();
    final List<Sent> sent = new ArrayList<>();

    /** A planned, online base with RPN {@code rpn} in {@code cluster}. */
    FakeBases base(MacAddress mac, int cluster) {
        clusters.put(mac, cluster);
        online.put(mac, true);
        return this;
    }

    void offline(MacAddress mac) {
        online.put(mac, false);
    }

    static Rfpi rfpiOf(MacAddress mac) {
        return new Rfpi(PARI, new Rpn(Integer.parseInt(mac.value().substring(15), 16)));
    }

    @Override
    public Optional<Rfpi> rfpi(MacAddress base) {
        return clusters.containsKey(base) ? Optional.of(rfpiOf(base)) : Optional.empty();
    }

    @Override
    public boolean online(MacAddress base) {
        return online.getOrDefault(base, false);
    }

    @Override
    public List<MacAddress> onlineBasesAround(MacAddress base) {
        Integer cluster = clusters.get(base);
        return online.keySet().stream().filter(this::online).filter(m -> cluster == null || cluster.equals(clusters.get(m))).toList();
    }

    @Override
    public List<MacAddress> onlineBases() {
        return online.keySet().stream().filter(this::online).toList();
    }

    @Override
    public boolean page(MacAddress base, Ipui ipui, String pageId) {
        if (!online(base)) {
            return false;
        }
        sent.add(new Sent(base, "page", ipui, pageId));
        return true;
    }

    @Override
    public boolean release(MacAddress base, Ipui ipui, String reason) {
        if (!online(base)) {
            return false;
        }
        sent.add(new Sent(base, "release", ipui, reason));
        return true;
    }

    List<Sent> pages() {
        return sent.stream().filter(s -> s.kind().equals("page")).toList();
    }

    List<Sent> releases() {
        return sent.stream().filter(s -> s.kind().equals("release")).toList();
    }
}
