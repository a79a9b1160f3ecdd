package io.multicell.integrator.web;

import java.util.List;

/**
 * The manual's "Web configurator menu overview" (Settings / Status). Entries without a path have no page yet and are
 * shown greyed; the user role sees only the entries the manual opens to it.
 */
public record Menu(List<Section> sections) {

    public record Section(String title, List<Entry> entries) {
    }

    /** One entry; {@code path} null while the page does not exist yet. */
    public record Entry(String group, String label, String path, boolean forUser) {
        public boolean available() {
            return path != null;
        }
    }

    public static final String STATUS_OVERVIEW = "/status/overview";
    public static final String BASE_STATIONS = "/settings/base-stations/administration";
    public static final String WEB_CONFIGURATOR = "/settings/system/web-configurator";
    public static final String TELEPHONY_VOIP = "/settings/telephony/voip";
    public static final String SYNCHRONISATION = "/settings/base-stations/synchronisation";
    public static final String STATISTICS_BASE_STATIONS = "/status/statistics/base-stations";
    public static final String INCIDENTS = "/status/incidents";
    /** The manual: Status > Incidents > Diagnostics. */
    public static final String DIAGNOSTICS = INCIDENTS + "/diagnostics";
    // Not in the manual's menu: the live views of this system (docs/web-configurator-floor-plan.md).
    public static final String FLOOR_PLAN = "/ui/floor-plan";
    public static final String SYNC_TOPOLOGY = "/ui/sync-topology";
    public static final String PROVIDER_PROFILES = "/settings/provider-profiles";
    public static final String TELEPHONY_AUDIO = "/settings/telephony/audio";
    public static final String TELEPHONY_CALL_SETTINGS = "/settings/telephony/call-settings";
    public static final String MOBILE_DEVICES = "/settings/mobile-devices/administration";
    public static final String REGISTRATION_CENTRE = "/settings/mobile-devices/registration-centre";
    public static final String NETWORK_IP_LAN = "/settings/network/ip-lan";
    public static final String SYSTEM_DATE_AND_TIME = "/settings/system/date-and-time";
    public static final String SYSTEM_REBOOT_AND_RESET = "/settings/system/reboot-and-reset";
    public static final String SYSTEM_DECT_SETTINGS = "/settings/system/dect-settings";
    public static final String SAVE_AND_RESTORE = "/settings/system/save-and-restore";

    /** The full menu with its texts from {@code msg} (the request's language). */
    private static Menu full(WebMessages msg) {
        return new Menu(List.of(
                new Section(msg.menuSettings(), List.of(
                        new Entry(msg.menuNetwork(), msg.menuIpLan(), NETWORK_IP_LAN, false),
                        new Entry(msg.baseStations(), msg.menuAdministration(), BASE_STATIONS, false),
                        new Entry(msg.baseStations(), msg.menuSynchronisation(), SYNCHRONISATION, false),
                        new Entry("", msg.menuProviderProfiles(), PROVIDER_PROFILES, false),
                        new Entry(msg.menuSipAccounts(), msg.menuAdministration(), null, false),
                        new Entry(msg.mobileDevices(), msg.menuAdministration(), MOBILE_DEVICES, true),
                        new Entry(msg.mobileDevices(), msg.menuRegistrationCentre(), REGISTRATION_CENTRE, true),
                        new Entry(msg.menuTelephony(), msg.menuAudio(), TELEPHONY_AUDIO, false),
                        new Entry(msg.menuTelephony(), msg.menuCallSettings(), TELEPHONY_CALL_SETTINGS, false),
                        new Entry(msg.menuTelephony(), msg.menuVoip(), TELEPHONY_VOIP, false),
                        new Entry(msg.menuSystem(), msg.menuWebConfigurator(), WEB_CONFIGURATOR, true),
                        new Entry(msg.menuSystem(), msg.menuDateAndTime(), SYSTEM_DATE_AND_TIME, false),
                        new Entry(msg.menuSystem(), msg.menuFirmware(), null, false),
                        new Entry(msg.menuSystem(), msg.menuSaveAndRestore(), SAVE_AND_RESTORE, true),
                        new Entry(msg.menuSystem(), msg.menuRebootAndReset(), SYSTEM_REBOOT_AND_RESET, false),
                        new Entry(msg.menuSystem(), msg.menuDectSettings(), SYSTEM_DECT_SETTINGS, false))),
                new Section(msg.menuStatus(), List.of(
                        new Entry("", msg.statusOverviewTitle(), STATUS_OVERVIEW, true),
                        new Entry("", msg.floorPlanTitle(), FLOOR_PLAN, true),
                        new Entry("", msg.syncTopologyTitle(), SYNC_TOPOLOGY, false),
                        new Entry(msg.menuStatistics(), msg.baseStations(), STATISTICS_BASE_STATIONS, true),
                        new Entry("", msg.menuIncidents(), INCIDENTS, true),
                        new Entry("", msg.menuDiagnostics(), DIAGNOSTICS, false)))));
    }

    /** The menu a user of {@code admin} or user role sees. */
    public static Menu forRole(boolean admin, WebMessages msg) {
        Menu full = full(msg);
        if (admin) {
            return full;
        }
        return new Menu(full.sections().stream()
                .map(s -> new Section(s.title(), s.entries().stream().filter(Entry::forUser).toList()))
                .toList());
    }
}
