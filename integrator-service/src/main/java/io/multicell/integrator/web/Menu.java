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

    private static final Menu FULL = new Menu(List.of(
            new Section("Settings", List.of(
                    new Entry("Network", "IP/LAN", NETWORK_IP_LAN, false),
                    new Entry("Base stations", "Administration", BASE_STATIONS, false),
                    new Entry("Base stations", "Synchronisation", SYNCHRONISATION, false),
                    new Entry("", "Provider or PBX profiles", PROVIDER_PROFILES, false),
                    new Entry("SIP accounts", "Administration", null, false),
                    new Entry("Mobile devices", "Administration", MOBILE_DEVICES, true),
                    new Entry("Mobile devices", "Registration Centre", REGISTRATION_CENTRE, true),
                    new Entry("Telephony", "Audio", TELEPHONY_AUDIO, false),
                    new Entry("Telephony", "Call settings", TELEPHONY_CALL_SETTINGS, false),
                    new Entry("Telephony", "VoIP", TELEPHONY_VOIP, false),
                    new Entry("System", "Web configurator", WEB_CONFIGURATOR, true),
                    new Entry("System", "Date and time", SYSTEM_DATE_AND_TIME, false),
                    new Entry("System", "Firmware", null, false),
                    new Entry("System", "Save and restore", SAVE_AND_RESTORE, true),
                    new Entry("System", "Reboot and reset", SYSTEM_REBOOT_AND_RESET, false),
                    new Entry("System", "DECT settings", SYSTEM_DECT_SETTINGS, false))),
            new Section("Status", List.of(
                    new Entry("", "Overview", STATUS_OVERVIEW, true),
                    new Entry("", "Floor plan", FLOOR_PLAN, true),
                    new Entry("", "Sync topology", SYNC_TOPOLOGY, false),
                    new Entry("Statistics", "Base stations", STATISTICS_BASE_STATIONS, true),
                    new Entry("", "Incidents", INCIDENTS, true),
                    new Entry("", "Diagnostics", DIAGNOSTICS, false)))));

    /** The menu a user of {@code admin} or user role sees. */
    public static Menu forRole(boolean admin) {
        if (admin) {
            return FULL;
        }
        return new Menu(FULL.sections().stream()
                .map(s -> new Section(s.title(), s.entries().stream().filter(Entry::forUser).toList()))
                .toList());
    }
}
