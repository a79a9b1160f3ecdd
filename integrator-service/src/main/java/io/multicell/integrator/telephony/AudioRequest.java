package io.multicell.integrator.telephony;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Audio page as a request. */
@Schema(name = "AudioSettingsRequest")
public record AudioRequest(@Schema(description = "Enable wideband calls (G.722); absent keeps the setting") Boolean g722Enabled) {

    public AudioSettings applyTo(AudioSettings current) {
        return g722Enabled == null ? current : new AudioSettings(g722Enabled);
    }
}
