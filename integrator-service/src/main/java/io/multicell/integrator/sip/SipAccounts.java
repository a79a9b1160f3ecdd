package io.multicell.integrator.sip;

import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.VoipAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The SIP accounts the handset entries stand for: one per entry with a VoIP provider, in list order. */
public final class SipAccounts {

    private static final Pattern IPUI = Pattern.compile("[0-9A-F]{10}");

    private SipAccounts() {
    }

    /** {@code bound}: entry id → IPUI the handset registered with, as far as the DM told. */
    public static List<SipAccount> of(List<HandsetEntry> entries, Map<String, String> bound) {
        return entries.stream().filter(e -> e.voipAccount().active()).map(e -> of(e, bound)).toList();
    }

    static SipAccount of(HandsetEntry entry, Map<String, String> bound) {
        VoipAccount account = entry.voipAccount();
        return new SipAccount(entry.id(), account.providerProfileId(), account.authenticationName(), account.password(),
                account.username(), account.displayName(), ipui(entry, bound));
    }

    /** The handset the account's calls page: the one registered with the entry, else the IPUI the entry names, else none yet. */
    static String ipui(HandsetEntry entry, Map<String, String> bound) {
        String registered = bound.get(entry.id());
        if (registered != null && IPUI.matcher(registered).matches()) {
            return registered;
        }
        String entered = entry.ipui().text();
        return IPUI.matcher(entered).matches() ? entered : "";
    }

    /** Entries per provider profile id, for the rules of a used profile. */
    public static Map<Integer, Integer> usage(List<HandsetEntry> entries) {
        Map<Integer, Integer> usage = new HashMap<>();
        entries.stream().filter(e -> e.voipAccount().active())
                .forEach(e -> usage.merge(e.voipAccount().providerProfileId(), 1, Integer::sum));
        return usage;
    }
}
