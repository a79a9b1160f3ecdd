package io.multicell.integrator.backup;

import io.multicell.integrator.basestation.TransferredBase;
import io.multicell.integrator.handset.VoipAccountRequest;
import io.multicell.integrator.provider.ProviderProfileRequest;
import io.multicell.integrator.system.network.NetworkSettingsRequest;
import io.multicell.integrator.system.time.DateTimeSettingsRequest;
import io.multicell.integrator.telephony.AudioRequest;
import io.multicell.integrator.telephony.CallSettingsRequest;
import io.multicell.integrator.telephony.VoipSettingsRequest;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The configuration file of "Settings > System > Save and restore": every part of the configuration of record, each in
 * the shape of the API's own request records, so that a restore checks every value through the API's rules. Not in the
 * file: the web configurator's users and passwords and the web security certificate (see docs/save-and-restore.md),
 * and what is not configuration (incidents, statistics, audit log, the DM's live registration state).
 */
@Schema(name = "ConfigurationFile", description = "Saved configuration (Settings > System > Save and restore). Contains secrets: "
        + "the VoIP account passwords and registration PINs.")
public record ConfigurationFile(
        @Schema(description = "Always " + ConfigurationFile.FORMAT, examples = ConfigurationFile.FORMAT) String format,
        @Schema(description = "When the file was saved") Instant savedAt,
        @Schema(description = "Which system saved it (information only; not restored)") SavedSystem system,
        @Schema(description = "The first login's choices; absent: restoring keeps the current ones") SavedSetup setup,
        SavedBaseStations baseStations,
        @Schema(description = "Provider/PBX profiles that differ from their factory setting; every other profile is restored to it")
        List<SavedProviderProfile> providerProfiles,
        SavedTelephony telephony,
        SavedMobileDevices mobileDevices,
        @Schema(description = "Settings > Network > IP/LAN, every field; absent (a file saved before it was in the file): "
                + "restoring keeps the current settings") NetworkSettingsRequest network,
        @Schema(description = "Settings > System > Date and time, every field; absent: restoring keeps the current settings")
        DateTimeSettingsRequest dateAndTime,
        @Schema(description = "Settings > System > DECT settings without the radio band (that is setup.dectRadioBand, the first "
                + "login's choice); absent: restoring keeps the current settings") SavedDectSettings dectSettings) {

    /** The format this version writes and reads. */
    public static final String FORMAT = "multicell-configuration/v1";

    /** The system that saved the file. */
    @Schema(name = "SavedSystem")
    public record SavedSystem(
            @Schema(examples = "multicell-integrator") String deviceName,
            @Schema(description = "Firmware (software) version of the integrator") String firmwareVersion,
            @Schema(description = "DECT PARI of the system, when the DECT manager answered") String pari) {
    }

    /** DECT radio band and device role. */
    @Schema(name = "SavedSetup")
    public record SavedSetup(
            @Schema(enumeration = {"EUROPE", "US", "BRAZIL", "LATIN_AMERICA", "TAIWAN"}) String dectRadioBand,
            @Schema(enumeration = {"INTEGRATOR_DM_BASE", "ALL_IN_ONE_INTERNAL_TELEPHONY"}) String deviceRole) {
    }

    /** ECO DECT and the DECT security settings; an absent field takes its factory setting. */
    @Schema(name = "SavedDectSettings")
    public record SavedDectSettings(
            @Schema(enumeration = {"MAXIMUM_RANGE", "LIMITED_RANGE"}) String ecoDectRadiationPower,
            Boolean dectEncryption,
            Boolean earlyEncryptionAndReKeying,
            Boolean automaticReleaseForNonEncryptedCalls) {
    }

    /** The connected base stations with their settings and synchronisation, and the LED display switch. */
    @Schema(name = "SavedBaseStations")
    public record SavedBaseStations(
            @Schema(description = "LED status display of all bases (default true)") Boolean ledDisplay,
            @Schema(description = "Every confirmed base; bases not listed become pending again") List<TransferredBase> connected) {
    }

    /** One provider/PBX profile: its id and every field as the profile page's request. */
    @Schema(name = "SavedProviderProfile")
    public record SavedProviderProfile(@Schema(description = "1..20") Integer id, ProviderProfileRequest settings) {
    }

    /** The Telephony pages; an absent page or field takes the manual's default. */
    @Schema(name = "SavedTelephony")
    public record SavedTelephony(VoipSettingsRequest voip, AudioRequest audio, CallSettingsRequest callSettings) {
    }

    /** The Mobile devices list (entries with their VoIP accounts) and the Registration Centre's duration. */
    @Schema(name = "SavedMobileDevices")
    public record SavedMobileDevices(
            @Schema(description = "Registration duration in seconds (default 180); the window itself is restored closed")
            Long registrationDurationSeconds,
            @Schema(description = "The entries in list order") List<SavedMobileDevice> entries) {
    }

    /** One handset entry: its id (the DM's link to the handset's registration) and every field of the entry. */
    @Schema(name = "SavedMobileDevice")
    public record SavedMobileDevice(
            @Schema(description = "Entry id; the DECT manager keeps the handset's registration under it") String id,
            @Schema(description = "10 hex digits, a wildcard 0_1, 0_2, ... or empty") String ipui,
            @Schema(description = "Registration PIN, 4 digits") String pin,
            @Schema(description = "Requested status: To register, Not registered, Registered or To deregister") String regStatus,
            String handsetName,
            String internalName,
            String internalNumber,
            Boolean dnd,
            @Schema(description = "VoIP account including its password") VoipAccountRequest voipAccount) {
    }
}
