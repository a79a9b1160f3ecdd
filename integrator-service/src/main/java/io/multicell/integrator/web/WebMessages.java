package io.multicell.integrator.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every English text of the pages (namespace "msg" in the templates); the help popups carry the manual's parameter
 * descriptions. German: {@code messages/msg_de.properties} (WebTranslationsTest fails while a text has none there).
 */
@MessageBundle
public interface WebMessages {

    @Message("Multicell DECT system")
    String product();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("Login")
    String login();

    @Message("Logout")
    String logout();

    @Message("Login failed: wrong user name or password, user not activated, or too many attempts (wait 30 seconds).")
    String loginFailed();

    @Message("You were logged off after {minutes} minutes without input.")
    String loggedOffInactive(long minutes);

    @Message("You are logged off.")
    String loggedOff();

    @Message("Set")
    String set();

    @Message("Cancel")
    String cancel();

    @Message("Auto-hide menu")
    String autoHideMenu();

    @Message("Help")
    String help();

    @Message("Logging in the first time")
    String firstLoginTitle();

    @Message("Change the default password and set the radio frequency band used in your region.")
    String firstLoginIntro();

    @Message("New password")
    String newPassword();

    @Message("Repeat password")
    String repeatPassword();

    @Message("The password must contain at least one upper-case character, at least one number, at least one special character, and 8 to 74 characters.")
    String helpNewPassword();

    @Message("Repeat the new password entered in the New password field.")
    String helpRepeatPassword();

    @Message("DECT Radio band")
    String dectRadioBand();

    @Message("Select the radio frequency band used in your region. This is a system wide setting; a wrong setting may violate legal regulations.")
    String helpDectRadioBand();

    @Message("Reset to device")
    String deviceRole();

    @Message("Select All in one + internal telephony - dynamic IP to activate the functions Multi-line operation and internal telephony.")
    String helpDeviceRole();

    @Message("Overview")
    String statusOverviewTitle();

    @Message("The status page offers important information on the system operation and the involved devices.")
    String helpStatusOverview();

    @Message("Integrator status")
    String integratorStatus();

    @Message("Base stations")
    String baseStations();

    @Message("Mobile devices")
    String mobileDevices();

    @Message("Base stations administration")
    String baseStationsTitle();

    @Message("This page lists the base stations connected to the DECT manager and the ones it recognised that are waiting to be confirmed (pending). Confirm a pending base to include it in the DECT network; the status columns refresh by themselves.")
    String helpBaseStations();

    @Message("Connected base stations")
    String connected();

    @Message("Pending base stations")
    String pending();

    @Message("Base stations that are recognised by the DECT manager but not yet confirmed by the administrator.")
    String helpPending();

    @Message("Status of the base station: Offline, Deactivated, No sync, Sync, Sync overload.")
    String helpStatus();

    @Message("Synchronisation level of the base: 1 for the sync master of the cluster (running free), 2 to 10 for bases that synchronise with a base one level lower.")
    String helpSyncLevel();

    @Message("Confirm")
    String confirm();

    @Message("No base station is waiting to be confirmed.")
    String noPending();

    @Message("The DECT manager is not reachable: every base shows Offline and nothing is pending.")
    String dmUnreachable();

    @Message("Saved.")
    String saved();

    @Message("Changed by another session at {at}: {what}. Your change was not applied; the page shows the current values.")
    String conflict(String at, String what);

    @Message("Search")
    String search();

    @Message("Entries per page")
    String perPage();

    @Message("View")
    String view();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Floor plan")
    String floorPlanTitle();

    @Message("The bases on the floor plan with their coverage, coloured by status, and the mobile devices with the line to the base they hold their link to, live: a roam or handover is shown as it happens. In simulation the administrator drags a virtual handset to move it.")
    String helpFloorPlan();

    @Message("Sync topology")
    String syncTopologyTitle();

    @Message("Per cluster the tree of who takes sync from whom, with the LAN master and the redundancy master, live.")
    String helpSyncTopology();

    @Message("Sync")
    String statusSync();

    @Message("Sync overload")
    String statusSyncOverload();

    @Message("No sync")
    String statusNoSync();

    @Message("Deactivated")
    String statusDeactivated();

    @Message("Offline")
    String statusOffline();

    @Message("handset")
    String handset();

    @Message("in call")
    String inCall();

    @Message("out of range")
    String outOfRange();

    @Message("drag a virtual handset to move it")
    String dragToMove();

    @Message("connecting…")
    String connecting();

    @Message("a dashed link: the DM reports no sync source, the base hangs where the plan puts it")
    String plannedSyncLink();

    // Status > Statistics > Base stations

    @Message("Choose column")
    String chooseColumn();

    @Message("Filter")
    String filter();

    @Message("Clear")
    String clear();

    @Message("Export")
    String export();

    @Message("Reset all")
    String resetAll();

    @Message("Clusters")
    String clusters();

    @Message("From the Choose column option menu select the column for which you want to set a filter, then the operator: < less than, > more than, = equal to, <= less or equal, >= more or equal, and the number. For the MAC address column only = is allowed, with the MAC address written aabbccddeeff (without colons). Example: Busy > 20.")
    String helpStatisticsFilter();

    @Message("Click on Reset all: the counters in the table are reset to 0 (Calls, the active calls, stay).")
    String helpResetStatistics();

    @Message("Reset every counter of every base station to 0?")
    String confirmResetStatistics();

    @Message("The DECT manager is not reachable: there are no counters to show.")
    String statisticsDmUnreachable();

    // Status > Incidents

    @Message("Download")
    String download();
    @Message("Active")
    String activeChoices();

    @Message("Available")
    String availableChoices();

    @Message("Move up")
    String moveUp();

    @Message("Move down")
    String moveDown();

    @Message("Activate")
    String activate();

    @Message("Deactivate")
    String deactivate();

    @Message("Edit")
    String edit();

    @Message("Delete")
    String delete();

    @Message("Refresh")
    String refresh();

    @Message("Delete the marked incidents (the box next to Timestamp: every incident)?")
    String confirmDeleteIncidents();

    @Message("Mark the check box next to one or more incidents, or next to Timestamp for all. Download saves them as a CSV file you can pass to the service personnel; Delete removes them (admin only); Refresh updates the table.")
    String helpIncidentActions();

    @Message("Degree of severity: Critical, Warning, Info.")
    String helpSeverity();

    @Message("No incidents.")
    String noIncidents();

    // Settings > Base stations > Synchronisation

    @Message("Cluster configuration")
    String clusterConfiguration();

    @Message("Synchronise the system manually: Synchronise all synchronises every cluster of the DECT manager; for one cluster select in its Sync Slave option menu which kind of synchronisation to perform (LAN or DECT) and click on Synchronise.")
    String helpClusterConfiguration();

    @Message("Synchronise all")
    String synchroniseAll();

    @Message("Synchronise")
    String synchronise();

    @Message("Sync reference: the sync type (1 no Sync Slave function, running free; D DECT slave; L LAN slave) and the DECT manager or cluster it synchronises with.")
    String helpSyncReference();
    @Message("Delete the profile {name}? It returns to its factory settings.")
    String confirmDeleteProfile(String name);

    @Message("VoIP connections {first} to {last} of {total}")
    String profilesShown(int first, int last, int total);

    @Message("Domain part of the user address. In the case that a connection is not used Not configured is displayed.")
    String helpProfileDomain();

    @Message("Web configurator access rights")
    String webConfiguratorTitle();

    @Message("On this page you define the access rights for the web configurator user interface. There are two user roles with different user IDs, admin and user; the user ID is disabled by default and can be activated here. The admin may change the password of admin and of user; logged on as user you can only change the password of user.")
    String helpWebConfigurator();

    @Message("Changing the web configurator password")
    String changingThePassword();

    @Message("New password of {name}")
    String newPasswordOf(String name);

    @Message("Enter a new password for the {name} access to the web configurator. It must contain at least one upper-case character, at least one number, at least one special character, and 8 to 74 characters.")
    String helpNewPasswordOf(String name);

    @Message("Show password")
    String showPassword();

    @Message("To view the entered characters mark the check box near Show password.")
    String helpShowPassword();

    @Message("Password of {name} changed. This session stays logged in; other sessions of {name} keep running until they log off or time out.")
    String passwordChanged(String name);

    @Message("Not changed: {name} may change only its own password.")
    String passwordNotYours(String name);

    @Message("Activate user access")
    String activateUserAccess();

    @Message("Click on Yes/No to enable/disable the ID for the user role. No logs the user off at once.")
    String helpActivateUserAccess();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Enter a new password for the user access to the web configurator and repeat it. Left empty, the user keeps its password; while that is the default (user), the user is asked for a new one at its first login.")
    String helpUserPassword();

    @Message("User access is active.")
    String userAccessActive();

    @Message("User access is active. The user still has the default password (user) and is asked for a new one at its first login.")
    String userAccessActiveWithDefaultPassword();

    @Message("User access is off: the user ID cannot log in.")
    String userAccessOff();

    @Message("The password of user was set.")
    String userPasswordSet();

    @Message("Nothing changed.")
    String nothingChanged();

    @Message("This system has no CLI access (SSH): it is configured through the web configurator and the REST API /api/v1.")
    String cliNotAvailable();
    // Language (login screen, top right of every page)

    @Message("Language")
    String language();

    @Message("not available yet")
    String notAvailableYet();

    // The menu (the manual's "Web configurator menu overview")

    @Message("Settings")
    String menuSettings();

    @Message("Status")
    String menuStatus();

    @Message("Network")
    String menuNetwork();

    @Message("IP/LAN")
    String menuIpLan();

    @Message("Administration")
    String menuAdministration();

    @Message("Synchronisation")
    String menuSynchronisation();

    @Message("Provider or PBX profiles")
    String menuProviderProfiles();

    @Message("SIP accounts")
    String menuSipAccounts();

    @Message("Registration Centre")
    String menuRegistrationCentre();

    @Message("Telephony")
    String menuTelephony();

    @Message("Audio")
    String menuAudio();

    @Message("Call settings")
    String menuCallSettings();

    @Message("VoIP")
    String menuVoip();

    @Message("System")
    String menuSystem();

    @Message("Web configurator")
    String menuWebConfigurator();

    @Message("Date and time")
    String menuDateAndTime();

    @Message("Firmware")
    String menuFirmware();

    @Message("Save and restore")
    String menuSaveAndRestore();

    @Message("Reboot and reset")
    String menuRebootAndReset();

    @Message("DECT settings")
    String menuDectSettings();

    @Message("Statistics")
    String menuStatistics();

    @Message("Incidents")
    String menuIncidents();

    @Message("Diagnostics")
    String menuDiagnostics();

    // Page titles and page help (the question mark next to the title)

    @Message("Provider or PBX profiles")
    String providerProfilesTitle();

    @Message("Up to 20 VoIP provider or PBX profiles, e.g. your company's VoIP PBX and/or public providers from which you have requested VoIP services. Click on Edit next to a profile to open its configuration page; Delete returns a profile to its factory settings (not possible while handsets use it as their VoIP provider).")
    String helpProviderProfiles();

    @Message("Mobile devices administration")
    String mobileDevicesTitle();

    @Message("The registered handsets and the place holders for handsets that could be registered. Add a handset with Add; select handsets with the check box to delete or export them; Import adds the handsets of an export file.")
    String helpMobileDevices();

    @Message("Registration Centre")
    String registrationCentreTitle();

    @Message("Register groups of handsets in one registration process: every handset of the Mobile devices list in status To register or Registering can register while the registration window is open.")
    String helpRegistrationCentre();

    @Message("Base station events")
    String statisticsTitle();

    @Message("Counters for diagnostic purposes relating to events that affect the base stations, e.g. active radio connections or unexpectedly terminated connections, per base station and summed per cluster.")
    String helpStatistics();

    @Message("Save and restore")
    String saveAndRestoreTitle();

    @Message("This page allows you to save and restore the system configuration. Save the settings after every change, particularly after registering or de-registering handsets, so that the system can be restored quickly.")
    String helpSaveAndRestore();

    @Message("Incidents")
    String incidentsTitle();

    @Message("Information on incidents concerning system operation, newest first. Mark incidents to download or delete them; mark the box next to Timestamp for all.")
    String helpIncidents();

    @Message("Base stations connected to the DECT manager and the ones waiting to be confirmed (pending). Edit opens a base's data page; mark bases with the check box to delete or export them; Import confirms the bases of an export file.")
    String helpBaseStationsPage();

    // Status > Overview

    @Message("Device name")
    String overviewDeviceName();

    @Message("Device role")
    String overviewDeviceRole();

    @Message("DECT Frequency band")
    String overviewFrequencyBand();

    @Message("DECT PARI")
    String overviewPari();

    @Message("Firmware version")
    String overviewFirmwareVersion();

    @Message("Date and time")
    String overviewDateAndTime();

    @Message("Last backup")
    String overviewLastBackup();

    @Message("Number of active base stations")
    String overviewActiveBases();

    @Message("Number of pending base stations")
    String overviewPendingBases();

    @Message("Number of online base stations")
    String overviewOnlineBases();

    @Message("Number of offline base stations")
    String overviewOfflineBases();

    @Message("DECT manager")
    String overviewDectManager();

    @Message("Number of registered mobile devices (reachable/all)")
    String overviewRegisteredHandsets();

    @Message("Number of mobile devices to register")
    String overviewHandsetsToRegister();

    @Message("Never")
    String never();

    @Message("not reachable")
    String notReachable();

    @Message("not set")
    String notSet();

    @Message("unknown (DECT manager not reachable)")
    String unknownDmUnreachable();

    // Settings forms (web.form)

    @Message("Not saved: another session changed this page since you opened it. Check the changes below; Set again saves your values.")
    String notSavedConflict();

    @Message("Not saved: {reason}")
    String notSaved(String reason);

    @Message("Not saved: the DECT manager is not reachable; nothing changed.")
    String notSavedDmUnreachable();

    @Message("Not saved: the SIP gateway is not reachable; nothing changed.")
    String notSavedSipUnreachable();

    @Message("Field")
    String conflictField();

    @Message("You saw")
    String conflictYouSaw();

    @Message("Stored now")
    String conflictStoredNow();

    @Message("unchanged")
    String unchanged();
    // Settings > Base stations > Administration: list actions, export/import, LED display
    @Message("Delete the marked base stations? They are shown in the list of pending base stations again.")
    String confirmDeleteBaseStations();

    @Message("Mark base stations with the check box to Delete or Export them; Export with none marked exports all connected base stations. The export file can be imported into another DECT manager to change the DECT manager assignment.")
    String helpBaseStationActions();

    @Message("Import")
    String importFile();

    @Message("As in the file")
    String asInTheFile();

    @Message("Select a base station export file, the DECT manager to import it into (DM Name) and the IP address type of the imported base stations, then click on Import. The file is checked as a whole: any error and nothing is imported. The local base station is not imported, because it is physically bound to its DECT manager. Please review your sync settings after a base station import.")
    String helpBaseStationImport();

    @Message("LED status display")
    String ledDisplay();

    @Message("LED displays are enabled by default on all base stations. Select Yes/No to enable/disable the LED display on all base stations.")
    String helpLedDisplay();

    @Message("IP address type")
    String ipAddressType();

    @Message("DM Name")
    String dmName();

    @Message("Add")
    String add();
    @Message("A standard set of diagnostic info is always in the file: versions, uptime and health of the services and base stations, the base station list with its sync state, the incidents, the base station statistics, the SIP registration state of the accounts and the recent audit log.")
    String diagnosticsStandardSet();

    @Message("Diagnostics")
    String diagnosticsTitle();

    @Message("A standard set of diagnostic info is downloaded as a tar archive; mark the options to add. Pass the file to the service personnel.")
    String helpDiagnostics();

    @Message("Additionally include")
    String diagnosticsOptions();

    @Message("Core dump")
    String diagnosticsCoreDump();

    @Message("Not available: the services of this system are Java processes and write no core dumps.")
    String diagnosticsCoreDumpUnavailable();

    @Message("Ram dump")
    String diagnosticsRamDump();

    @Message("Not available: there is no CSS co-processor, DECT and media run in software.")
    String diagnosticsRamDumpUnavailable();

    @Message("Last incident sysdump")
    String diagnosticsLastIncident();

    @Message("Every detail of the newest incident (type, severity, base station, times, info).")
    String helpDiagnosticsLastIncident();

    @Message("Save settings")
    String diagnosticsSaveSettings();

    @Message("If the option is activated, the diagnostic file contains the complete backup (default): the file of Save and restore, with the VoIP passwords and PINs. Remove the check mark each time if the file must not contain the settings for confidentiality reasons.")
    String helpDiagnosticsSaveSettings();

    @Message("The file is stored as tar archive: {name}")
    String diagnosticsFileName(String name);
}
