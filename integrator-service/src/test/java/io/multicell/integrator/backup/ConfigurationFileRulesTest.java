package io.multicell.integrator.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.backup.ConfigurationFile.SavedBaseStations;
import io.multicell.integrator.backup.ConfigurationFile.SavedDectSettings;
import io.multicell.integrator.backup.ConfigurationFile.SavedMobileDevice;
import io.multicell.integrator.backup.ConfigurationFile.SavedMobileDevices;
import io.multicell.integrator.backup.ConfigurationFile.SavedProviderProfile;
import io.multicell.integrator.backup.ConfigurationFile.SavedSetup;
import io.multicell.integrator.basestation.Position;
import io.multicell.integrator.basestation.TransferredBase;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.handset.VoipAccountRequest;
import io.multicell.integrator.provider.ProviderProfileRequest;
import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.system.dect.EcoDectRadiationPower;
import io.multicell.integrator.system.network.IpAddressAssignment;
import io.multicell.integrator.system.network.NetworkSettingsRequest;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules a configuration file must pass before anything is restored, each broken one named by its path in the file. */
class ConfigurationFileRulesTest {

    static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");

    @Test
    void aCompleteFileGivesTheValuesToRestore() {
        RestoredConfiguration restored = ConfigurationFileRules.check(file(List.of(master("7C:2F:80:00:00:01"), slave("7C:2F:80:00:00:02")),
                List.of(profile(1, "pbx.example.com")), List.of(device("a", "0_1", "21", 1), device("b", "0_2", "22", null)), 600L), 20, NOW);

        assertThat(restored.bases()).extracting(b -> b.mac().value()).containsExactly("7C:2F:80:00:00:01", "7C:2F:80:00:00:02");
        assertThat(restored.telephony().profile(1).domain()).isEqualTo("pbx.example.com");
        assertThat(restored.telephony().profile(2).configured()).isFalse();
        assertThat(restored.handsets()).extracting(e -> e.id() + "/" + e.requestedStatus()).containsExactly("a/REGISTERED", "b/REGISTERED");
        assertThat(restored.handsets().get(0).voipAccount().password()).isEqualTo("pw");
        assertThat(restored.registrationDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(restored.setup()).hasValueSatisfying(s -> assertThat(s.dectRadioBand()).isEqualTo(DectRadioBand.EUROPE));
        assertThat(restored.ledDisplay()).isFalse();
    }

    @Test
    void theFormatVersionAndTheRequiredPartsAreChecked() {
        refused(f -> new ConfigurationFile("multicell-configuration/v2", NOW, null, null, f.baseStations(), null, null, f.mobileDevices(), null, null, null),
                "format");
        refused(f -> new ConfigurationFile(f.format(), NOW, null, null, null, null, null, f.mobileDevices(), null, null, null), "baseStations");
        refused(f -> new ConfigurationFile(f.format(), NOW, null, null, f.baseStations(), null, null, null, null, null, null), "mobileDevices");
    }

    @Test
    void aRuleSpanningEntriesIsBlamedOnTheFirstEntryThatBreaksIt() {
        assertRefused(file(List.of(master("7C:2F:80:00:00:01"), master("7C:2F:80:00:00:02")), List.of(), List.of(), null),
                "baseStations.connected[1].syncLevel");
        assertRefused(file(List.of(master("7C:2F:80:00:00:01"), master("7c-2f-80-00-00-01")), List.of(), List.of(), null),
                "baseStations.connected[1].mac");
        assertRefused(file(List.of(), List.of(), List.of(device("a", "0_1", "21", null), device("b", "0_2", "21", null)), null),
                "mobileDevices.entries[1].internalNumber");
        assertRefused(file(List.of(), List.of(), List.of(device("a", "0_1", "21", null), device("a", "0_2", "22", null)), null),
                "mobileDevices.entries[1].id");
        assertRefused(file(List.of(), List.of(), List.of(device("a", "0_1", "21", 2)), null),
                "mobileDevices.entries[0].voipAccount.providerProfileId");
        assertThatThrownBy(() -> ConfigurationFileRules.check(file(List.of(), List.of(),
                List.of(device("a", "0_1", "21", null), device("b", "0_2", "22", null)), null), 1, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("mobileDevices.entries"));
    }

    @Test
    void everyValueGoesThroughTheApisRules() {
        assertRefused(file(List.of(), List.of(new SavedProviderProfile(21, null)), List.of(), null), "providerProfiles[0].id");
        assertRefused(file(List.of(), List.of(profile(1, "bad domain")), List.of(), null), "providerProfiles[0].settings.domain");
        assertRefused(file(List.of(), List.of(), List.of(), 0L), "mobileDevices.registrationDurationSeconds");
        var registering = new SavedMobileDevice("a", "0_1", "1234", RegStatus.REGISTERING.label(), "", "", "", false, null);
        assertRefused(file(List.of(), List.of(), List.of(registering), null), "mobileDevices.entries[0].regStatus");
        var noPin = new SavedMobileDevice("a", "0_1", null, null, "", "", "", false, null);
        assertRefused(file(List.of(), List.of(), List.of(noPin), null), "mobileDevices.entries[0].pin");
        var longName = new SavedMobileDevice("a", "0_1", "1234", null, "x".repeat(33), "", "", false, null);
        assertRefused(file(List.of(), List.of(), List.of(longName), null), "mobileDevices.entries[0].handsetName");
        ConfigurationFile badBand = file(List.of(), List.of(), List.of(), null);
        assertRefused(new ConfigurationFile(badBand.format(), NOW, null, new SavedSetup("MARS", "INTEGRATOR_DM_BASE"),
                badBand.baseStations(), null, null, badBand.mobileDevices(), null, null, null), "setup.dectRadioBand");
    }

    @Test
    void theSystemSettingsAreCheckedWithTheirPagesRulesAndAFileWithoutThemKeepsTheCurrentOnes() {
        ConfigurationFile old = file(List.of(), List.of(), List.of(), null);
        RestoredConfiguration restoredOld = ConfigurationFileRules.check(old, 20, NOW);
        assertThat(restoredOld.network()).as("a file saved before IP/LAN was in it").isEmpty();
        assertThat(restoredOld.dateAndTime()).isEmpty();
        assertThat(restoredOld.dect()).isEmpty();

        var network = new NetworkSettingsRequest("hall-dect", null, "STATIC", "10.1.2.3", "255.255.255.0", "10.1.2.1", "", "",
                true, 42, null);
        var time = new DateTimeSettingsRequest("ntp.example.com", "UTC", false, true);
        var dect = new SavedDectSettings("LIMITED_RANGE", true, true, null);
        RestoredConfiguration restored = ConfigurationFileRules.check(withSystem(old, network, time, dect), 20, NOW);
        assertThat(restored.network()).hasValueSatisfying(n -> {
            assertThat(n.ipAddressType()).isEqualTo(IpAddressAssignment.STATIC);
            assertThat(n.vlanIdentifier()).isEqualTo(42);
            assertThat(n.vlanPriority()).as("absent: the factory setting").isEqualTo(6);
        });
        assertThat(restored.dateAndTime()).hasValueSatisfying(t -> assertThat(t.timeZone()).isEqualTo("UTC"));
        assertThat(restored.dect()).hasValueSatisfying(d -> {
            assertThat(d.power()).isEqualTo(EcoDectRadiationPower.LIMITED_RANGE);
            assertThat(d.security().earlyEncryptionAndReKeying()).isTrue();
        });

        assertRefused(withSystem(old, new NetworkSettingsRequest(null, null, null, null, null, null, null, null, true, 5000, null),
                null, null), "network.vlanIdentifier");
        assertRefused(withSystem(old, new NetworkSettingsRequest(null, null, "STATIC", "10.1.2.3", "255.255.255.0", "10.9.9.9",
                null, null, null, null, null), null, null), "network.standardGateway");
        assertRefused(withSystem(old, null, new DateTimeSettingsRequest(null, "Mars/Olympus", null, null), null),
                "dateAndTime.timeZone");
        assertRefused(withSystem(old, null, null, new SavedDectSettings(null, false, true, null)),
                "dectSettings.earlyEncryptionAndReKeying");
        assertRefused(withSystem(old, null, null, new SavedDectSettings("LOUD", null, null, null)), "dectSettings.ecoDectRadiationPower");
    }

    private static ConfigurationFile withSystem(ConfigurationFile f, NetworkSettingsRequest network, DateTimeSettingsRequest time,
                                                SavedDectSettings dect) {
        return new ConfigurationFile(f.format(), f.savedAt(), f.system(), f.setup(), f.baseStations(), f.providerProfiles(),
                f.telephony(), f.mobileDevices(), network, time, dect);
    }

    private static void refused(UnaryOperator<ConfigurationFile> edit, String field) {
        assertRefused(edit.apply(file(List.of(), List.of(), List.of(), null)), field);
    }

    private static void assertRefused(ConfigurationFile file, String field) {
        assertThatThrownBy(() -> ConfigurationFileRules.check(file, 20, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static ConfigurationFile file(List<TransferredBase> bases, List<SavedProviderProfile> profiles, List<SavedMobileDevice> devices,
                                  Long duration) {
        return new ConfigurationFile(ConfigurationFile.FORMAT, NOW, null, new SavedSetup("EUROPE", "INTEGRATOR_DM_BASE"),
                new SavedBaseStations(false, bases), profiles, null, new SavedMobileDevices(duration, devices), null, null, null);
    }

    static TransferredBase master(String mac) {
        return new TransferredBase(mac, "Hall", true, "DHCP", null, 1, 1, null, false, false, false, new Position(1.0, 2.0));
    }

    static TransferredBase slave(String mac) {
        return new TransferredBase(mac, "Reception", true, "DHCP", null, 1, 2, "DECT", false, false, false, new Position(8.0, 2.0));
    }

    static SavedProviderProfile profile(int id, String domain) {
        return new SavedProviderProfile(id, new ProviderProfileRequest(null, domain, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    static SavedMobileDevice device(String id, String ipui, String number, Integer profile) {
        return new SavedMobileDevice(id, ipui, "1234", "REGISTERED", "Anna", "", number, false,
                profile == null ? null : new VoipAccountRequest(profile, "", "pw", "100" + number, ""));
    }
}
