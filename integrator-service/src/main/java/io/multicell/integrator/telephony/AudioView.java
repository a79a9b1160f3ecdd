package io.multicell.integrator.telephony;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Audio page: the G.722 switch and what it does to capacity. */
@Schema(name = "AudioSettings")
public record AudioView(
        @Schema(description = "Wideband calls with G.722 allowed (default false)") boolean g722Enabled,
        @Schema(description = "Simultaneous calls per base station with this setting: 8, or 5 with G.722") int callsPerBaseStation) {

    static AudioView of(AudioSettings audio) {
        return new AudioView(audio.g722Enabled(), audio.callsPerBaseStation());
    }
}
