package io.multicell.integrator.sip;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.LiveSubscriptions;
import io.multicell.integrator.handset.SubscriptionReader;
import io.multicell.integrator.persistence.HandsetRepository;
import io.multicell.integrator.persistence.TelephonyRepository;
import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The single writer of the SIP configuration: provider profiles, VoIP settings, the Audio switch and the handsets' VoIP
 * accounts. A change is validated, and when it changes what the gateway acts on, sent whole at revision + 1 and
 * committed only when the gateway accepted it; a change the gateway does not act on (e.g. CSTA) is committed at once.
 * The reconciler pushes again when the gateway runs another revision (a restarted gateway runs none) or when what the
 * accounts derive from the DM changed (the IPUI a handset registered with).
 *
 * <p>Lock order: a handset change holds the handset plan's lock and takes this one; this class never takes the other.
 */
@ApplicationScoped
public class SipConfigurationCoordinator {

    private static final Logger LOG = Logger.getLogger(SipConfigurationCoordinator.class);

    private final TelephonyRepository repository;
    private final HandsetRepository handsets;
    private final SipGatewayClient gateway;
    private final SubscriptionReader dm;
    private final ReentrantLock writer = new ReentrantLock();
    /** What the gateway was last sent and accepted; null until the first push of this process. */
    private volatile SipConfiguration pushed;
    /** Entry id → registered IPUI as the DM last told, so a DM outage does not strip the accounts of their IPUIs. */
    private volatile Map<String, String> lastBound = Map.of();

    public SipConfigurationCoordinator(TelephonyRepository repository, HandsetRepository handsets, SipGatewayClient gateway,
                                       SubscriptionReader dm) {
        this.repository = repository;
        this.handsets = handsets;
        this.gateway = gateway;
        this.dm = dm;
    }

    public TelephonyConfiguration current() {
        return repository.load();
    }

    /**
     * Runs {@code work} while no change or repair of this coordinator can run: a restore replaces the configuration of
     * record under it. Lock order as for changes: base station plan, then handset plan, then SIP configuration.
     */
    public <T> T exclusively(java.util.function.Supplier<T> work) {
        writer.lock();
        try {
            return work.get();
        } finally {
            writer.unlock();
        }
    }

    /** Profile id → handset entries whose VoIP account uses it. */
    public Map<Integer, Integer> usage() {
        return SipAccounts.usage(handsets.loadPlan().entries());
    }

    /**
     * Applies a change of the profiles, VoIP settings or Audio switch. Invalid input, an unreachable gateway or a
     * gateway refusal throw and leave everything as it was.
     */
    public TelephonyConfiguration change(TelephonyChange change, UsedProfileRule rule) {
        writer.lock();
        try {
            TelephonyConfiguration current = repository.load();
            List<HandsetEntry> entries = handsets.loadPlan().entries();
            Map<Integer, Integer> usage = SipAccounts.usage(entries);
            TelephonyConfiguration next = change.apply(current, usage);
            if (next.equals(current)) {
                return current;
            }
            rule.check(next, usage);
            List<SipAccount> accounts = SipAccounts.of(entries, bound(dm.read()));
            CallSettings callSettings = repository.loadCallSettings();
            SipConfiguration before = configuration(current, accounts, callSettings, 0);
            SipConfiguration after = configuration(next, accounts, callSettings, 0);
            long revision = repository.revision();
            if (after.sameContent(before)) {
                repository.save(current, next, revision);
                return next;
            }
            SipConfiguration sent = push(after.atRevision(revision + 1));
            repository.save(current, next, sent.revision());
            pushed = sent;
            return next;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Applies a change of the Call settings page: its dialling part goes to the gateway (access code and area codes
     * are applied there), so the whole configuration is pushed first when it changes; an unreachable gateway or a
     * refusal throws and nothing is stored.
     */
    public CallSettings changeCallSettings(java.util.function.UnaryOperator<CallSettings> change) {
        writer.lock();
        try {
            CallSettings current = repository.loadCallSettings();
            CallSettings next = change.apply(current);
            if (next.equals(current)) {
                return current;
            }
            TelephonyConfiguration telephony = repository.load();
            List<SipAccount> accounts = SipAccounts.of(handsets.loadPlan().entries(), bound(dm.read()));
            SipConfiguration sent = push(configuration(telephony, accounts, next, repository.revision() + 1));
            repository.saveCallSettings(next);
            repository.saveRevision(sent.revision());
            pushed = sent;
            return next;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Runs a change of the handset plan whose entries go from {@code before} to {@code after}. When the SIP accounts
     * they stand for differ, the accounts are checked against the profiles and the whole configuration is pushed first;
     * {@code commit} then gets the revision to store with the plan (empty when the gateway was not involved). If
     * {@code commit} fails after the gateway accepted, the reconciler pushes the configuration of record again.
     */
    public <T> T changeAccounts(List<HandsetEntry> before, List<HandsetEntry> after, LiveSubscriptions live,
                                Function<OptionalLong, T> commit) {
        writer.lock();
        try {
            Map<String, String> bound = bound(live);
            List<SipAccount> accounts = SipAccounts.of(after, bound);
            if (accounts.equals(SipAccounts.of(before, bound))) {
                return commit.apply(OptionalLong.empty());
            }
            TelephonyConfiguration telephony = repository.load();
            checkAccounts(before, after, telephony);
            SipConfiguration sent = push(configuration(telephony, accounts, repository.loadCallSettings(), repository.revision() + 1));
            T result = commit.apply(OptionalLong.of(sent.revision()));
            pushed = sent;
            return result;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Brings the gateway in line with the configuration of record: when it runs another revision (it restarted and
     * runs none, or a commit here failed after it applied) at max(ours, its) + 1; when the accounts' IPUIs changed, or
     * nothing was pushed since this process started, at ours + 1. Returns true when something was pushed. Throws when
     * the gateway is not reachable.
     */
    public boolean reconcile() {
        writer.lock();
        try {
            SipGatewayStatus status = gateway.status();
            long ours = repository.revision();
            SipConfiguration desired = configuration(repository.load(),
                    SipAccounts.of(handsets.loadPlan().entries(), bound(dm.read())), repository.loadCallSettings(), 0);
            long revision;
            if (status.revision() != ours || ours == 0) {
                revision = Math.max(ours, status.revision()) + 1;
                LOG.infof("SIP gateway runs configuration revision %d, the integrator has %d: pushing it (%d profiles, %d accounts) as revision %d",
                        status.revision(), ours, desired.profiles().size(), desired.accounts().size(), revision);
            } else if (!desired.sameContent(pushed)) {
                revision = ours + 1;
                LOG.infof("SIP configuration changed outside the API (registered IPUIs, or first check since start): pushing revision %d", revision);
            } else {
                return false;
            }
            SipConfiguration sent = push(desired.atRevision(revision));
            repository.saveRevision(sent.revision());
            pushed = sent;
            return true;
        } finally {
            writer.unlock();
        }
    }

    /** A changed or new account must register with a configured profile (the manual: "must be configured"). */
    private static void checkAccounts(List<HandsetEntry> before, List<HandsetEntry> after, TelephonyConfiguration telephony) {
        Map<String, HandsetEntry> old = before.stream().collect(Collectors.toMap(HandsetEntry::id, e -> e, (a, b) -> a));
        for (HandsetEntry entry : after) {
            HandsetEntry was = old.get(entry.id());
            if (!entry.voipAccount().active() || (was != null && Objects.equals(was.voipAccount(), entry.voipAccount()))) {
                continue;
            }
            ProviderProfile profile = telephony.profile(entry.voipAccount().providerProfileId());
            if (!profile.configured()) {
                throw new InvalidValueException("voipAccount.providerProfileId",
                        "must be a configured provider profile (" + profile.name() + " has no domain)");
            }
            if (SipProfile.activeCodecs(profile, telephony.audio().g722Enabled()).isEmpty()) {
                throw new InvalidValueException("voipAccount.providerProfileId",
                        profile.name() + " has no active codec other than G.722, which is off on the Audio page");
            }
        }
    }

    private SipConfiguration push(SipConfiguration configuration) {
        long accepted = gateway.apply(configuration);
        LOG.infof("SIP configuration revision %d accepted by the SIP gateway (%d profiles, %d accounts)", accepted,
                configuration.profiles().size(), configuration.accounts().size());
        return configuration;
    }

    /** Only configured profiles are sent; the gateway needs no unused ones. */
    static SipConfiguration configuration(TelephonyConfiguration telephony, List<SipAccount> accounts, CallSettings callSettings,
            long revision) {
        List<SipProfile> profiles = telephony.profiles().stream()
                .filter(ProviderProfile::configured)
                .map(p -> SipProfile.of(p, telephony.audio().g722Enabled()))
                .toList();
        return new SipConfiguration(revision, telephony.voip(), profiles, accounts, callSettings);
    }

    private Map<String, String> bound(LiveSubscriptions live) {
        if (live.dmConnected()) {
            lastBound = Map.copyOf(live.boundIpuis());
        }
        return lastBound;
    }
}
