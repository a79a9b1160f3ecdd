package io.multicell.integrator.provider;

import io.multicell.integrator.api.TextRules;
import java.util.Objects;

/**
 * One entry of "Connection ringtones": the name of the handset menu entry and the Alert-Info pattern that marks the
 * call type in the SIP header. An empty pattern hides the entry from the handset menu.
 */
public record ConnectionRingtone(RingtoneCallType type, String name, String alertInfoPattern) {

    public static final int MAX_NAME = 32;

    public ConnectionRingtone {
        Objects.requireNonNull(type, "type");
        String at = "connectionRingtones[" + type.name() + "].";
        name = TextRules.text(at + "name", name == null ? "" : name.strip(), MAX_NAME);
        alertInfoPattern = TextRules.text(at + "alertInfoPattern", alertInfoPattern == null ? "" : alertInfoPattern.strip(),
                TextRules.MAX_TEXT);
    }

    /** The factory setting: the call type's name, no pattern (not offered on the handset). */
    public static ConnectionRingtone initial(RingtoneCallType type) {
        return new ConnectionRingtone(type, type.label(), "");
    }
}
