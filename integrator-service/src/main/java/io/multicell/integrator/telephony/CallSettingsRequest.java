package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Call settings page as a request; absent fields keep their value, options by code or label. */
@Schema(name = "CallSettingsRequest", description = "Fields of the call settings; absent fields keep their value")
public record CallSettingsRequest(
        Boolean transferByRKey,
        Boolean transferOnHook,
        @Schema(enumeration = {"AOR", "CONTACT"}) String transferTarget,
        String accessCode,
        @Schema(enumeration = {"NEVER", "CALL_LISTS", "ALWAYS"}) String accessCodeUse,
        String internationalPrefix,
        String internationalAreaCode,
        String localPrefix,
        String localAreaCode,
        @Schema(enumeration = {"NEVER", "LOCAL", "LOCAL_AND_NATIONAL"}) String useAreaCode,
        @Schema(description = "Country (code or label). Choosing another one fills in its international prefix, country code "
                + "and national prefix, except those this request changes itself",
                enumeration = {"OTHER", "AUSTRALIA", "AUSTRIA", "BELGIUM", "FRANCE", "GERMANY", "GREAT_BRITAIN", "ITALY",
                        "NETHERLANDS", "POLAND", "SPAIN", "SWEDEN", "SWITZERLAND", "UNITED_STATES"}) String country,
        @Schema(enumeration = {"INTERNATIONAL", "AUSTRALIA", "FRANCE", "GERMANY", "GREAT_BRITAIN", "ITALY", "NETHERLANDS", "SPAIN",
                "SWITZERLAND", "NORTH_AMERICA"}) String toneScheme) {

    public CallSettings applyTo(CallSettings current) {
        Country nextCountry = country == null ? current.country() : Labelled.parse(Country.class, "country", country);
        // The manual: choosing a country enters its prefixes; a prefix the request sets itself (the page sends every
        // field, so: one that differs from what is stored) wins.
        boolean fill = nextCountry != current.country() && nextCountry.fillsPrefixes();
        return new CallSettings(
                or(transferByRKey, current.transferByRKey()),
                or(transferOnHook, current.transferOnHook()),
                transferTarget == null ? current.transferTarget() : Labelled.parse(TransferTarget.class, "transferTarget", transferTarget),
                or(accessCode, current.accessCode()),
                accessCodeUse == null ? current.accessCodeUse() : Labelled.parse(AccessCodeUse.class, "accessCodeUse", accessCodeUse),
                filled(fill, internationalPrefix, current.internationalPrefix(), nextCountry.internationalPrefix()),
                filled(fill, internationalAreaCode, current.internationalAreaCode(), nextCountry.countryCode()),
                filled(fill, localPrefix, current.localPrefix(), nextCountry.nationalPrefix()),
                or(localAreaCode, current.localAreaCode()),
                useAreaCode == null ? current.useAreaCode() : Labelled.parse(AreaCodeUse.class, "useAreaCode", useAreaCode),
                nextCountry,
                toneScheme == null ? current.toneScheme() : Labelled.parse(ToneScheme.class, "toneScheme", toneScheme));
    }

    private static String filled(boolean fill, String given, String current, String fromCountry) {
        if (fill && (given == null || given.strip().equals(current))) {
            return fromCountry;
        }
        return or(given, current);
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
