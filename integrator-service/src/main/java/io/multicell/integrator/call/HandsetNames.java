package io.multicell.integrator.call;

import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.LiveSubscriptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The name the Mobile devices list gives the handset with a given IPUI: the IPUI it registered with (the DM's), else
 * the entry's own IPUI when it names one. The handset name, else the internal name; none when both are empty.
 */
public final class HandsetNames {

    private final Map<String, String> byIpui;

    private HandsetNames(Map<String, String> byIpui) {
        this.byIpui = byIpui;
    }

    public static HandsetNames of(HandsetPlan plan, LiveSubscriptions live) {
        Map<String, String> names = new HashMap<>();
        for (HandsetEntry entry : plan.entries()) {
            String name = !entry.handsetName().isEmpty() ? entry.handsetName() : entry.internalName();
            if (name.isEmpty()) {
                continue;
            }
            live.boundIpui(entry.id())
                    .or(() -> entry.ipui().concrete().map(Object::toString))
                    .ifPresent(ipui -> names.put(ipui.toUpperCase(Locale.ROOT), name));
        }
        return new HandsetNames(names);
    }

    public Optional<String> of(String ipui) {
        return Optional.ofNullable(ipui).map(i -> byIpui.get(i.toUpperCase(Locale.ROOT)));
    }
}
