package io.multicell.integrator.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.multicell.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The manual's rules and defaults for the VoIP, Audio and Call settings pages. */
class TelephonySettingsTest {

    static final VoipSettings VOIP = VoipSettings.defaults();
    static final CallSettings CALLS = CallSettings.defaults();

    @Test
    void voipSettingsHaveTheManualsDefaults() {
        assertThat(VOIP).isEqualTo(new VoipSettings(5060, 5061, 500, 1800, 300, 1800, false, 34, 46));
    }

    @Test
    void voipTimersAndPortsKeepTheirLimits() {
        assertThat(voip(new VoipSettingsRequest(null, null, null, 90, 10, null, true, null, null)).sessionTimerSeconds()).isEqualTo(90);
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, null, 89, null, null, null, null, null)),
                "sessionTimerSeconds", "must be 90..9999 seconds (max. 4 digits, min. 90)");
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, null, 10000, null, null, null, null, null)),
                "sessionTimerSeconds", "must be 90..9999 seconds (max. 4 digits, min. 90)");
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, null, null, 9, null, null, null, null)),
                "failedRegistrationRetrySeconds", "must be 10..9999 seconds (max. 4 digits, min. 10)");
        assertRefused(() -> voip(new VoipSettingsRequest(0, null, null, null, null, null, null, null, null)), "sipPort", "must be 1..65535");
        assertRefused(() -> voip(new VoipSettingsRequest(null, 70000, null, null, null, null, null, null, null)),
                "secureSipPort", "must be 1..65535");
        assertRefused(() -> voip(new VoipSettingsRequest(5061, null, null, null, null, null, null, null, null)),
                "secureSipPort", "must differ from the SIP port");
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, null, null, null, null, null, 64, null)), "sipTos", "must be 0..63");
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, null, null, null, null, null, null, -1)), "rtpTos", "must be 0..63");
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, 0, null, null, null, null, null, null)), "t1Ms", "must be 50..9999 ms");
        assertRefused(() -> voip(new VoipSettingsRequest(null, null, null, null, null, 0, null, null, null)),
                "subscriptionTimerSeconds", "must be 1..99999 seconds");
    }

    @Test
    void wideBandCostsCapacity() {
        assertThat(AudioSettings.defaults().g722Enabled()).isFalse();
        assertThat(AudioSettings.defaults().callsPerBaseStation()).isEqualTo(8);
        assertThat(new AudioRequest(true).applyTo(AudioSettings.defaults()).callsPerBaseStation()).isEqualTo(5);
        assertThat(new AudioRequest(null).applyTo(new AudioSettings(true)).g722Enabled()).isTrue();
    }

    @Test
    void accessCodeIsAtMostThreeDialKeysAndNeededWhenPrefixed() {
        CallSettings settings = calls(new CallSettingsRequest(null, null, null, "0#p", "For call lists", null, null, null, null, null, null, null));
        assertThat(settings.accessCode()).isEqualTo("0#P");
        assertThat(settings.accessCodeUse()).isEqualTo(AccessCodeUse.CALL_LISTS);
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, "0000", null, null, null, null, null, null, null, null)),
                "accessCode", "must be at most 3 of 0-9 * R # P");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, "9a", null, null, null, null, null, null, null, null)),
                "accessCode", "must be at most 3 of 0-9 * R # P");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, "ALWAYS", null, null, null, null, null, null, null)),
                "accessCode", "is required while it is prefixed (Always)");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, "sometimes", null, null, null, null, null, null, null)),
                "accessCodeUse", "must be one of NEVER, CALL_LISTS, ALWAYS");
    }

    @Test
    void areaCodesAreDigitsWithinTheirLengths() {
        CallSettings london = calls(new CallSettingsRequest(true, true, "CONTACT", null, null, "00", "44", "0", "207", "For local calls", null, null));
        assertThat(london.useAreaCode()).isEqualTo(AreaCodeUse.LOCAL);
        assertThat(london.transferTarget()).isEqualTo(TransferTarget.CONTACT);
        assertThat(calls(new CallSettingsRequest(null, null, null, null, null, null, null, null, "12345678", null, null, null)).localAreaCode())
                .isEqualTo("12345678");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, null, "00000", null, null, null, null, null, null)),
                "internationalPrefix", "must be at most 4 digits (0-9)");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, null, null, "+44", null, null, null, null, null)),
                "internationalAreaCode", "must be at most 4 digits (0-9)");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, null, null, null, null, "123456789", null, null, null)),
                "localAreaCode", "must be at most 8 digits (0-9)");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, null, null, null, null, null, "LOCAL", null, null)),
                "localAreaCode", "is required while it is prefixed (For local calls)");
        assertRefused(() -> calls(new CallSettingsRequest(null, null, null, null, null, null, null, "", "207", "LOCAL_AND_NATIONAL", null, null)),
                "localPrefix", "is required for national calls (For local and national calls)");
    }

    @Test
    void choosingACountryEntersItsPrefixesUnlessTheRequestSetsThemItself() {
        CallSettings britain = calls(request("Great Britain", null, null, null, null));
        assertThat(britain.country()).isEqualTo(Country.GREAT_BRITAIN);
        assertThat(britain.internationalPrefix()).isEqualTo("00");
        assertThat(britain.internationalAreaCode()).isEqualTo("44");
        assertThat(britain.localPrefix()).isEqualTo("0");

        // The page sends every field: unchanged ones follow the country, a changed one is kept.
        CallSettings us = request("UNITED_STATES", "00", "", "9", null).applyTo(CALLS);
        assertThat(us.internationalPrefix()).isEqualTo("011");
        assertThat(us.internationalAreaCode()).isEqualTo("1");
        assertThat(us.localPrefix()).isEqualTo("9");

        // The same country again, or Other, changes no prefix.
        CallSettings edited = request(null, null, "1234", null, null).applyTo(britain);
        assertThat(request("Great Britain", null, null, null, null).applyTo(edited).internationalAreaCode()).isEqualTo("1234");
        assertThat(request("OTHER", null, null, null, null).applyTo(britain).internationalAreaCode()).isEqualTo("44");

        assertRefused(() -> calls(request("Atlantis", null, null, null, null)), "country",
                "must be one of OTHER, AUSTRALIA, AUSTRIA, BELGIUM, FRANCE, GERMANY, GREAT_BRITAIN, ITALY, NETHERLANDS, POLAND, "
                        + "SPAIN, SWEDEN, SWITZERLAND, UNITED_STATES");
    }

    @Test
    void theToneSchemeIsOneOfTheList() {
        assertThat(CALLS.toneScheme()).isEqualTo(ToneScheme.INTERNATIONAL);
        assertThat(calls(request(null, null, null, null, "north america")).toneScheme()).isEqualTo(ToneScheme.NORTH_AMERICA);
        assertRefused(() -> calls(request(null, null, null, null, "Klingon")), "toneScheme",
                "must be one of INTERNATIONAL, AUSTRALIA, FRANCE, GERMANY, GREAT_BRITAIN, ITALY, NETHERLANDS, SPAIN, SWITZERLAND, "
                        + "NORTH_AMERICA");
    }

    static CallSettingsRequest request(String country, String internationalPrefix, String internationalAreaCode, String localPrefix,
                                       String toneScheme) {
        return new CallSettingsRequest(null, null, null, null, null, internationalPrefix, internationalAreaCode, localPrefix, null,
                null, country, toneScheme);
    }

    static VoipSettings voip(VoipSettingsRequest request) {
        return request.applyTo(VOIP);
    }

    static CallSettings calls(CallSettingsRequest request) {
        return request.applyTo(CALLS);
    }

    static void assertRefused(Executable action, String field, String rule) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, action::execute);
        assertThat(e).as("refused on %s", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isEqualTo(rule);
    }
}
