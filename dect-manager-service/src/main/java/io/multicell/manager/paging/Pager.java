package io.multicell.manager.paging;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.location.BaseDirectory;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Pages handsets: through the last known base first; if the handset does not answer within the first wait, through
 * every online base of that base's cluster, waiting once more. Confined to the owner's thread like the rest of the
 * handset state; the answer arrives as a completed future.
 */
public final class Pager {

    private static final Logger LOG = Logger.getLogger(Pager.class);

    private final BaseDirectory bases;
    private final Timers timers;
    private final Duration lastBaseWait;
    private final Duration clusterWait;
    private final Map<String, PendingPage> pending = new HashMap<>();

    /** One page waiting for its answer. */
    private static final class PendingPage {
        final String pageId;
        final Ipui ipui;
        final Set<MacAddress> paged = new LinkedHashSet<>();
        final CompletableFuture<PageResult> result = new CompletableFuture<>();

        PendingPage(String pageId, Ipui ipui) {
            this.pageId = pageId;
            this.ipui = ipui;
        }
    }

    public Pager(BaseDirectory bases, Timers timers, Duration lastBaseWait, Duration clusterWait) {
        this.bases = bases;
        this.timers = timers;
        this.lastBaseWait = lastBaseWait;
        this.clusterWait = clusterWait;
    }

    /**
     * Starts paging {@code ipui}.
     *
     * @param lastKnown the base the handset last attached at; empty: page every online base at once
     */
    public CompletableFuture<PageResult> page(Ipui ipui, Optional<MacAddress> lastKnown) {
        var page = new PendingPage(UUID.randomUUID().toString(), ipui);
        pending.put(page.pageId, page);
        if (lastKnown.isPresent() && bases.online(lastKnown.get()) && bases.page(lastKnown.get(), ipui, page.pageId)) {
            page.paged.add(lastKnown.get());
            LOG.debugf("paging %s at its last base %s (page %s)", ipui, lastKnown.get(), page.pageId);
            timers.schedule(lastBaseWait, () -> widen(page, lastKnown));
        } else {
            widen(page, lastKnown);
        }
        return page.result;
    }

    /**
     * The handset answered a page through {@code base}.
     *
     * @return false when no such page is waiting for this handset (answered already, timed out, or unknown)
     */
    public boolean answered(MacAddress base, Ipui ipui, String pageId) {
        PendingPage page = pending.get(pageId);
        if (page == null || !page.ipui.equals(ipui)) {
            return false;
        }
        pending.remove(pageId);
        page.result.complete(new PageResult(Optional.of(base), bases.rfpi(base), page.paged.size()));
        LOG.debugf("handset %s answered page %s through %s", ipui, pageId, base);
        return true;
    }

    private void widen(PendingPage page, Optional<MacAddress> around) {
        if (!pending.containsKey(page.pageId)) {
            return; // answered meanwhile
        }
        List<MacAddress> cluster = around.map(bases::onlineBasesAround).orElseGet(bases::onlineBases);
        for (MacAddress base : cluster) {
            if (bases.page(base, page.ipui, page.pageId)) {
                page.paged.add(base);
            }
        }
        if (page.paged.isEmpty()) {
            finish(page);
            return;
        }
        LOG.debugf("paging %s through %d base(s) (page %s)", page.ipui, page.paged.size(), page.pageId);
        timers.schedule(clusterWait, () -> finish(page));
    }

    private void finish(PendingPage page) {
        if (pending.remove(page.pageId) != null) {
            LOG.infof("handset %s did not answer page %s (%d base(s) paged)", page.ipui, page.pageId, page.paged.size());
            page.result.complete(new PageResult(Optional.empty(), Optional.empty(), page.paged.size()));
        }
    }
}
