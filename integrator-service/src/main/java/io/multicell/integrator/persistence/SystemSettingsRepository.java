package io.multicell.integrator.persistence;

import io.multicell.integrator.setup.DeviceRole;
import io.multicell.integrator.system.dect.DectSecurity;
import io.multicell.integrator.system.dect.EcoDectRadiationPower;
import io.multicell.integrator.system.network.IpAddressAssignment;
import io.multicell.integrator.system.network.NetworkSettings;
import io.multicell.integrator.system.network.NetworkType;
import io.multicell.integrator.system.time.DateTimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * IP/LAN, Date and time and DECT settings in schema "integrator". A page without a row has its factory settings; the
 * factory reset deletes the rows (and writes the network preset of the chosen role) in one transaction.
 */
@ApplicationScoped
public class SystemSettingsRepository {

    private final DataSource dataSource;
    private final Clock clock;

    public SystemSettingsRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public NetworkSettings network() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT device_name, network_type, ip_address_type, ip_address, subnet_mask, standard_gateway, preferred_dns,
                       alternate_dns, vlan_tagging, vlan_identifier, vlan_priority FROM integrator.network_settings WHERE id = 1""")) {
            if (!rs.next()) {
                return NetworkSettings.dynamicDefaults();
            }
            return new NetworkSettings(rs.getString(1), NetworkType.valueOf(rs.getString(2)), IpAddressAssignment.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                    rs.getInt(10), rs.getInt(11));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the IP/LAN settings", e);
        }
    }

    public void saveNetwork(NetworkSettings settings) {
        Transactions.run(dataSource, "Cannot store the IP/LAN settings", c -> writeNetwork(c, settings, now()));
    }

    public DateTimeSettings dateTime() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT time_servers, time_zone, automatic_daylight_saving, act_as_local_time_server
                FROM integrator.date_time_settings WHERE id = 1""")) {
            return rs.next() ? new DateTimeSettings(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))
                    : DateTimeSettings.defaults();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the date and time settings", e);
        }
    }

    public void saveDateTime(DateTimeSettings settings) {
        Transactions.run(dataSource, "Cannot store the date and time settings", c -> writeDateTime(c, settings, now()));
    }

    /** The ECO DECT setting and the DECT security settings (the radio band is the system setup's). */
    public DectRadio dect() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT eco_dect_radiation_power, dect_encryption, early_encryption_and_re_keying,
                       automatic_release_for_non_encrypted_calls FROM integrator.dect_settings WHERE id = 1""")) {
            return rs.next()
                    ? new DectRadio(EcoDectRadiationPower.valueOf(rs.getString(1)), new DectSecurity(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                    : DectRadio.defaults();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the DECT settings", e);
        }
    }

    public void saveDect(DectRadio radio) {
        Transactions.run(dataSource, "Cannot store the DECT settings", c -> writeDect(c, radio, now()));
    }

    /**
     * Factory settings in one transaction: Date and time and DECT settings back to their defaults, the network to the
     * role's preset, the device role of the system setup to {@code role}. The DECT radio band stays (it is the
     * region's legal setting, chosen at the first login).
     */
    public void factoryReset(NetworkSettings network, DeviceRole role) {
        Transactions.run(dataSource, "Cannot reset to factory settings", c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM integrator.date_time_settings");
                st.executeUpdate("DELETE FROM integrator.dect_settings");
                st.executeUpdate("DELETE FROM integrator.network_settings");
            }
            if (!network.equals(NetworkSettings.dynamicDefaults())) {
                writeNetwork(c, network, now());
            }
            try (var st = c.prepareStatement("UPDATE integrator.first_login_setup SET device_role = ?, updated_at = ? WHERE id = 1")) {
                st.setString(1, role.name());
                st.setTimestamp(2, now());
                st.executeUpdate();
            }
        });
    }

    /** Within a transaction of another repository (a restore) too. */
    static void writeNetwork(Connection c, NetworkSettings settings, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO integrator.network_settings (id, device_name, network_type, ip_address_type, ip_address, subnet_mask,
                  standard_gateway, preferred_dns, alternate_dns, vlan_tagging, vlan_identifier, vlan_priority, updated_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET device_name = EXCLUDED.device_name, network_type = EXCLUDED.network_type,
                  ip_address_type = EXCLUDED.ip_address_type, ip_address = EXCLUDED.ip_address, subnet_mask = EXCLUDED.subnet_mask,
                  standard_gateway = EXCLUDED.standard_gateway, preferred_dns = EXCLUDED.preferred_dns,
                  alternate_dns = EXCLUDED.alternate_dns, vlan_tagging = EXCLUDED.vlan_tagging,
                  vlan_identifier = EXCLUDED.vlan_identifier, vlan_priority = EXCLUDED.vlan_priority, updated_at = EXCLUDED.updated_at""")) {
            st.setString(1, settings.deviceName());
            st.setString(2, settings.networkType().name());
            st.setString(3, settings.ipAddressType().name());
            st.setString(4, settings.ipAddress());
            st.setString(5, settings.subnetMask());
            st.setString(6, settings.standardGateway());
            st.setString(7, settings.preferredDns());
            st.setString(8, settings.alternateDns());
            st.setBoolean(9, settings.vlanTagging());
            st.setInt(10, settings.vlanIdentifier());
            st.setInt(11, settings.vlanPriority());
            st.setTimestamp(12, now);
            st.executeUpdate();
        }
    }

    /** Within a transaction of another repository (a restore) too. */
    static void writeDateTime(Connection c, DateTimeSettings settings, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO integrator.date_time_settings (id, time_servers, time_zone, automatic_daylight_saving,
                  act_as_local_time_server, updated_at) VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET time_servers = EXCLUDED.time_servers, time_zone = EXCLUDED.time_zone,
                  automatic_daylight_saving = EXCLUDED.automatic_daylight_saving,
                  act_as_local_time_server = EXCLUDED.act_as_local_time_server, updated_at = EXCLUDED.updated_at""")) {
            st.setString(1, settings.timeServers());
            st.setString(2, settings.timeZone());
            st.setBoolean(3, settings.automaticDaylightSaving());
            st.setBoolean(4, settings.actAsLocalTimeServer());
            st.setTimestamp(5, now);
            st.executeUpdate();
        }
    }

    /** Within a transaction of another repository (a restore) too. The radio band is not here: it is the system setup's. */
    static void writeDect(Connection c, DectRadio radio, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO integrator.dect_settings (id, eco_dect_radiation_power, dect_encryption, early_encryption_and_re_keying,
                  automatic_release_for_non_encrypted_calls, updated_at) VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET eco_dect_radiation_power = EXCLUDED.eco_dect_radiation_power,
                  dect_encryption = EXCLUDED.dect_encryption, early_encryption_and_re_keying = EXCLUDED.early_encryption_and_re_keying,
                  automatic_release_for_non_encrypted_calls = EXCLUDED.automatic_release_for_non_encrypted_calls,
                  updated_at = EXCLUDED.updated_at""")) {
            st.setString(1, radio.power().name());
            st.setBoolean(2, radio.security().dectEncryption());
            st.setBoolean(3, radio.security().earlyEncryptionAndReKeying());
            st.setBoolean(4, radio.security().automaticReleaseForNonEncryptedCalls());
            st.setTimestamp(5, now);
            st.executeUpdate();
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** The stored DECT settings besides the radio band. */
    public record DectRadio(EcoDectRadiationPower power, DectSecurity security) {
        public static DectRadio defaults() {
            return new DectRadio(EcoDectRadiationPower.MAXIMUM_RANGE, DectSecurity.defaults());
        }
    }
}
