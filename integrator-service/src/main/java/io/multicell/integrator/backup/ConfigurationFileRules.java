package io.multicell.integrator.backup;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.integrator.backup.ConfigurationFile.SavedDectSettings;
import io.multicell.integrator.backup.ConfigurationFile.SavedMobileDevice;
import io.multicell.integrator.backup.ConfigurationFile.SavedProviderProfile;
import io.multicell.integrator.basestation.BaseStationPlan;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.TransferredBase;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.HandsetRequest;
import io.multicell.integrator.handset.HandsetSettings;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.handset.RegistrationWindow;
import io.multicell.integrator.handset.VoipAccount;
import io.multicell.integrator.persistence.SystemSettingsRepository.DectRadio;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.setup.DeviceRole;
import io.multicell.integrator.setup.SystemSetup;
import io.multicell.integrator.sip.SipProfile;
import io.multicell.integrator.system.dect.DectSettingsRequest;
import io.multicell.integrator.system.network.NetworkSettings;
import io.multicell.integrator.system.time.DateTimeSettings;
import io.multicell.integrator.telephony.AudioSettings;
import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import io.multicell.integrator.telephony.VoipSettings;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks a whole configuration file before anything is restored: the format version, every value through the rules the
 * API applies to the same request records, and the rules spanning parts (sync plan, unique IPUIs and internal numbers,
 * VoIP accounts on configured profiles). A broken rule is reported with the JSON path of the value in the file.
 */
public final class ConfigurationFileRules {

    /** The id the integrator gives entries (a UUID) or any other short token; it is the DM's key of the handset. */
    private static final String ENTRY_ID = "[A-Za-z0-9_-]{1,36}";
    private static final Duration LONGEST_WINDOW = Duration.ofDays(365);

    private ConfigurationFileRules() {
    }

    public static RestoredConfiguration check(ConfigurationFile file, int maxHandsets, Instant now) {
        if (file == null || !ConfigurationFile.FORMAT.equals(file.format())) {
            throw new InvalidValueException("format", "must be " + ConfigurationFile.FORMAT + " (a file saved by Save settings)");
        }
        if (file.baseStations() == null) {
            throw new InvalidValueException("baseStations", "is required");
        }
        if (file.mobileDevices() == null) {
            throw new InvalidValueException("mobileDevices", "is required");
        }
        List<ConfirmedBase> bases = bases(file.baseStations().connected());
        TelephonyConfiguration telephony = telephony(file);
        CallSettings callSettings = file.telephony() == null || file.telephony().callSettings() == null
                ? CallSettings.defaults()
                : at("telephony.callSettings", () -> file.telephony().callSettings().applyTo(CallSettings.defaults()));
        List<HandsetEntry> handsets = handsets(file.mobileDevices().entries(), maxHandsets, telephony);
        Duration duration = registrationDuration(file.mobileDevices().registrationDurationSeconds());
        Optional<SystemSetup> setup = file.setup() == null ? Optional.empty() : Optional.of(new SystemSetup(
                option(DectRadioBand.class, "setup.dectRadioBand", file.setup().dectRadioBand()),
                option(DeviceRole.class, "setup.deviceRole", file.setup().deviceRole()), now));
        boolean led = file.baseStations().ledDisplay() == null || file.baseStations().ledDisplay();
        return new RestoredConfiguration(bases, led, telephony, callSettings, handsets, duration, setup,
                Optional.ofNullable(file.network()).map(n -> at("network", () -> n.applyTo(NetworkSettings.dynamicDefaults()))),
                Optional.ofNullable(file.dateAndTime()).map(t -> at("dateAndTime", () -> t.applyTo(DateTimeSettings.defaults()))),
                Optional.ofNullable(file.dectSettings()).map(ConfigurationFileRules::dect));
    }

    /** Through the DECT settings request's rules; the radio band is not in this part (one owner: the system setup). */
    private static DectRadio dect(SavedDectSettings saved) {
        var request = new DectSettingsRequest(saved.ecoDectRadiationPower(), saved.dectEncryption(), saved.earlyEncryptionAndReKeying(),
                saved.automaticReleaseForNonEncryptedCalls(), null);
        DectRadio defaults = DectRadio.defaults();
        return at("dectSettings", () -> new DectRadio(request.power(defaults.power()), request.security(defaults.security())));
    }

    private static List<ConfirmedBase> bases(List<TransferredBase> connected) {
        if (connected == null) {
            throw new InvalidValueException("baseStations.connected", "is required (an empty list: no base stations)");
        }
        var bases = new ArrayList<ConfirmedBase>();
        Set<MacAddress> seen = new HashSet<>();
        BaseStationPlan plan = BaseStationPlan.empty();
        for (int i = 0; i < connected.size(); i++) {
            String prefix = "baseStations.connected[" + i + "]";
            TransferredBase saved = connected.get(i);
            if (saved == null) {
                throw new InvalidValueException(prefix, "must be a base station");
            }
            MacAddress mac = at(prefix, () -> MacAddress.parse(saved.mac()));
            if (!seen.add(mac)) {
                throw new InvalidValueException(prefix + ".mac", mac.value() + " is listed twice");
            }
            ConfirmedBase base = at(prefix, () -> saved.settings().confirm(mac, false, null));
            plan = plan.with(base);
            BaseStationPlan sofar = plan;
            // A rule spanning bases (two level 1 in a cluster) is blamed on the first base that breaks it.
            at(prefix, () -> {
                sofar.validate();
                return null;
            });
            bases.add(base);
        }
        return bases;
    }

    private static TelephonyConfiguration telephony(ConfigurationFile file) {
        TelephonyConfiguration telephony = TelephonyConfiguration.defaults();
        List<SavedProviderProfile> profiles = file.providerProfiles() == null ? List.of() : file.providerProfiles();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            String prefix = "providerProfiles[" + i + "]";
            SavedProviderProfile saved = profiles.get(i);
            if (saved == null || saved.id() == null || saved.id() < 1 || saved.id() > ProviderProfile.PROFILES) {
                throw new InvalidValueException(prefix + ".id", "must be 1.." + ProviderProfile.PROFILES);
            }
            if (!seen.add(saved.id())) {
                throw new InvalidValueException(prefix + ".id", saved.id() + " is listed twice");
            }
            ProviderProfile unused = ProviderProfile.unused(saved.id());
            ProviderProfile profile = saved.settings() == null ? unused
                    : at(prefix + ".settings", () -> saved.settings().applyTo(unused));
            telephony = telephony.withProfile(profile);
        }
        var saved = file.telephony();
        if (saved != null && saved.voip() != null) {
            VoipSettings voip = at("telephony.voip", () -> saved.voip().applyTo(VoipSettings.defaults()));
            telephony = telephony.withVoip(voip);
        }
        if (saved != null && saved.audio() != null) {
            telephony = telephony.withAudio(saved.audio().applyTo(AudioSettings.defaults()));
        }
        return telephony;
    }

    private static List<HandsetEntry> handsets(List<SavedMobileDevice> entries, int maxHandsets, TelephonyConfiguration telephony) {
        if (entries == null) {
            throw new InvalidValueException("mobileDevices.entries", "is required (an empty list: no handset entries)");
        }
        if (entries.size() > maxHandsets) {
            throw new InvalidValueException("mobileDevices.entries", "the system allows at most " + maxHandsets + " handsets");
        }
        var random = new SecureRandom();
        var handsets = new ArrayList<HandsetEntry>();
        Set<String> ids = new HashSet<>();
        HandsetPlan plan = HandsetPlan.empty();
        for (int i = 0; i < entries.size(); i++) {
            String prefix = "mobileDevices.entries[" + i + "]";
            SavedMobileDevice saved = entries.get(i);
            if (saved == null) {
                throw new InvalidValueException(prefix, "must be a handset entry");
            }
            if (saved.id() == null || !saved.id().matches(ENTRY_ID)) {
                throw new InvalidValueException(prefix + ".id", "must be 1 to 36 of A-Z a-z 0-9 - _");
            }
            if (!ids.add(saved.id())) {
                throw new InvalidValueException(prefix + ".id", "is listed twice");
            }
            if (saved.pin() == null) {
                throw new InvalidValueException(prefix + ".pin", "is required");
            }
            HandsetEntry entry = at(prefix, () -> entry(saved, random));
            if (entry.voipAccount().active()) {
                checkAccount(prefix + ".voipAccount.providerProfileId", entry.voipAccount(), telephony);
            }
            plan = plan.with(entry);
            HandsetPlan sofar = plan;
            at(prefix, () -> {
                sofar.validate(maxHandsets, HandsetPlan.empty(), Map.of());
                return null;
            });
            handsets.add(entry);
        }
        return handsets;
    }

    private static HandsetEntry entry(SavedMobileDevice saved, SecureRandom random) {
        HandsetSettings settings = new HandsetRequest(saved.ipui(), saved.pin(), null, null, saved.handsetName(), saved.internalName(),
                saved.internalNumber(), saved.dnd(), saved.voipAccount()).parse(random);
        RegStatus status = saved.regStatus() == null ? RegStatus.TO_REGISTER : RegStatus.parse("regStatus", saved.regStatus());
        if (status == RegStatus.REGISTERING) {
            throw new InvalidValueException("regStatus", "must be To register, Not registered, Registered or To deregister");
        }
        return new HandsetEntry(saved.id(), settings.ipui(), settings.pin(), status, settings.handsetName(), settings.internalName(),
                settings.internalNumber(), Boolean.TRUE.equals(settings.dnd()),
                settings.voipAccount() == null ? VoipAccount.NONE : settings.voipAccount().applyTo(VoipAccount.NONE));
    }

    /** The rule the SIP configuration applies to a new account: a configured profile with a usable codec. */
    private static void checkAccount(String field, VoipAccount account, TelephonyConfiguration telephony) {
        ProviderProfile profile = telephony.profile(account.providerProfileId());
        if (!profile.configured()) {
            throw new InvalidValueException(field, "must be a configured provider profile (" + profile.name() + " has no domain in the file)");
        }
        if (SipProfile.activeCodecs(profile, telephony.audio().g722Enabled()).isEmpty()) {
            throw new InvalidValueException(field, profile.name() + " has no active codec other than G.722, which is off in the file");
        }
    }

    private static Duration registrationDuration(Long seconds) {
        if (seconds == null) {
            return RegistrationWindow.DEFAULT_DURATION;
        }
        if (seconds < 1 || seconds > LONGEST_WINDOW.toSeconds()) {
            throw new InvalidValueException("mobileDevices.registrationDurationSeconds", "must be 1.." + LONGEST_WINDOW.toSeconds()
                    + " seconds (at most 365 days)");
        }
        return Duration.ofSeconds(seconds);
    }

    private static <E extends Enum<E>> E option(Class<E> type, String field, String text) {
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(text)) {
                return option;
            }
        }
        throw new InvalidValueException(field, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** Runs a check of a part of the file; its broken rule is reported under the part's path. */
    private static <T> T at(String prefix, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValueException e) {
            throw e.under(prefix);
        }
    }
}
