package io.multicell.integrator.telephony;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.TextRules;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Call settings" of the Telephony pages: call transfer, access code and area codes, for every handset. */
@Schema(name = "CallSettings")
public record CallSettings(
        @Schema(description = "Call transfer via R key") boolean transferByRKey,
        @Schema(description = "Transfer call by on-hook") boolean transferOnHook,
        @Schema(description = "How the transfer target address is derived", enumeration = {"AOR", "CONTACT"}) TransferTarget transferTarget,
        @Schema(description = "Access code for external calls: at most 3 of 0-9 * R # P", examples = "0") String accessCode,
        @Schema(description = "When the access code is prefixed", enumeration = {"NEVER", "CALL_LISTS", "ALWAYS"}) AccessCodeUse accessCodeUse,
        @Schema(description = "International prefix, at most 4 digits", examples = "00") String internationalPrefix,
        @Schema(description = "International area (country) code, at most 4 digits", examples = "44") String internationalAreaCode,
        @Schema(description = "Local (national) prefix, at most 4 digits", examples = "0") String localPrefix,
        @Schema(description = "Local area code, at most 8 digits", examples = "207") String localAreaCode,
        @Schema(description = "When the local area code is prefixed", enumeration = {"NEVER", "LOCAL", "LOCAL_AND_NATIONAL"}) AreaCodeUse useAreaCode,
        @Schema(description = "Country or region of the system; choosing one fills in its prefixes and country code") Country country,
        @Schema(description = "Whose tones (dialling, busy, call waiting) the handsets play") ToneScheme toneScheme) {

    public CallSettings {
        Objects.requireNonNull(transferTarget, "transferTarget");
        Objects.requireNonNull(accessCodeUse, "accessCodeUse");
        Objects.requireNonNull(useAreaCode, "useAreaCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(toneScheme, "toneScheme");
        accessCode = accessCode == null ? "" : accessCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!accessCode.matches("[0-9*R#P]{0,3}")) {
            throw new InvalidValueException("accessCode", "must be at most 3 of 0-9 * R # P");
        }
        if (accessCodeUse != AccessCodeUse.NEVER && accessCode.isEmpty()) {
            throw new InvalidValueException("accessCode", "is required while it is prefixed (" + accessCodeUse.label() + ")");
        }
        internationalPrefix = TextRules.digits("internationalPrefix", internationalPrefix, 4);
        internationalAreaCode = TextRules.digits("internationalAreaCode", internationalAreaCode, 4);
        localPrefix = TextRules.digits("localPrefix", localPrefix, 4);
        localAreaCode = TextRules.digits("localAreaCode", localAreaCode, 8);
        if (useAreaCode != AreaCodeUse.NEVER && localAreaCode.isEmpty()) {
            throw new InvalidValueException("localAreaCode", "is required while it is prefixed (" + useAreaCode.label() + ")");
        }
        if (useAreaCode == AreaCodeUse.LOCAL_AND_NATIONAL && localPrefix.isEmpty()) {
            throw new InvalidValueException("localPrefix", "is required for national calls (" + useAreaCode.label() + ")");
        }
    }

    /**
     * No transfer keys, AoR as transfer target, no access code, prefixes 00 and 0 without area codes, never prefixed;
     * country Other, international tones.
     */
    public static CallSettings defaults() {
        return new CallSettings(false, false, TransferTarget.AOR, "", AccessCodeUse.NEVER, "00", "", "0", "", AreaCodeUse.NEVER,
                Country.OTHER, ToneScheme.INTERNATIONAL);
    }
}
