package io.multicell.manager.persistence;

import io.agroal.api.AgroalDataSource;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.manager.basestation.AssignedBase;
import io.multicell.manager.basestation.ConfirmedBase;
import io.multicell.manager.basestation.DectManagerStore;
import io.multicell.manager.basestation.IpAddressing;
import io.multicell.manager.basestation.LastSeen;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The DM's state in PostgreSQL schema {@code dect_manager}, with plain JDBC. */
@ApplicationScoped
public class JdbcDectManagerStore implements DectManagerStore {

    private static final String BASE_COLUMNS = "mac, name, activated, ip_address_type, static_ip_address, cluster, sync_level,"
            + " sync_slave, lan_master, sync_master_redundancy, position_x, position_y, reduced_tx_power, rpn,"
            + " last_firmware, last_ip_address, local, last_air_endpoint";

    private final AgroalDataSource dataSource;

    JdbcDectManagerStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Pari identity(Supplier<Pari> firstStart) {
        try (Connection c = dataSource.getConnection()) {
            // ON CONFLICT: two DMs starting on one fresh schema still agree on a single PARI.
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO dect_manager.dect_manager_state (id, pari) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setString(1, firstStart.get().toString());
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT pari FROM dect_manager.dect_manager_state WHERE id = 1");
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return Pari.parse(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("reading the DM identity", e);
        }
    }

    @Override
    public StoredPlan loadPlan() {
        try (Connection c = dataSource.getConnection()) {
            long revision = 0;
            boolean led = true;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT plan_revision, led_display FROM dect_manager.dect_manager_state WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    revision = rs.getLong(1);
                    led = rs.getBoolean(2);
                }
            }
            List<StoredBase> bases = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + BASE_COLUMNS + " FROM dect_manager.base_station ORDER BY rpn");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bases.add(readBase(rs));
                }
            }
            return new StoredPlan(revision, led, bases);
        } catch (SQLException e) {
            throw new StoreException("loading the base station plan", e);
        }
    }

    @Override
    public void replacePlan(long revision, List<StoredBase> bases) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM dect_manager.base_station")) {
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO dect_manager.base_station (" + BASE_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (StoredBase base : bases) {
                        writeBase(s, base);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE dect_manager.dect_manager_state SET plan_revision = ? WHERE id = 1")) {
                    s.setLong(1, revision);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("storing plan revision " + revision, e);
        }
    }

    @Override
    public void saveLedDisplay(boolean enabled) {
        update("storing the LED display setting", "UPDATE dect_manager.dect_manager_state SET led_display = ? WHERE id = 1",
                s -> s.setBoolean(1, enabled));
    }

    @Override
    public void saveLastSeen(MacAddress mac, LastSeen lastSeen) {
        update("storing the last Hello of " + mac,
                "UPDATE dect_manager.base_station SET last_firmware = ?, last_ip_address = ?, local = ?, last_air_endpoint = ?"
                        + " WHERE mac = ?", s -> {
                    s.setString(1, truncate(lastSeen.firmware()));
                    s.setString(2, truncate(lastSeen.ipAddress()));
                    s.setBoolean(3, lastSeen.local());
                    s.setString(4, truncateEndpoint(lastSeen.airEndpoint()));
                    s.setString(5, mac.value());
                });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String what, String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    private static StoredBase readBase(ResultSet rs) throws SQLException {
        var sync = new SyncSettings(rs.getInt("cluster"), rs.getInt("sync_level"), SyncSlave.valueOf(rs.getString("sync_slave")),
                rs.getBoolean("lan_master"), rs.getBoolean("sync_master_redundancy"));
        var config = new ConfirmedBase(new MacAddress(rs.getString("mac")), rs.getString("name"), rs.getBoolean("activated"),
                new IpAddressing(IpAddressing.Type.valueOf(rs.getString("ip_address_type")), rs.getString("static_ip_address")),
                sync, new FloorPosition(rs.getDouble("position_x"), rs.getDouble("position_y")), rs.getBoolean("reduced_tx_power"));
        var lastSeen = new LastSeen(rs.getString("last_firmware"), rs.getString("last_ip_address"), rs.getBoolean("local"),
                rs.getString("last_air_endpoint"));
        return new StoredBase(new AssignedBase(config, new Rpn(rs.getInt("rpn"))), lastSeen);
    }

    private static void writeBase(PreparedStatement s, StoredBase stored) throws SQLException {
        ConfirmedBase config = stored.base().config();
        s.setString(1, config.mac().value());
        s.setString(2, config.name());
        s.setBoolean(3, config.activated());
        s.setString(4, config.ipAddressing().type().name());
        s.setString(5, config.ipAddressing().staticAddress());
        s.setInt(6, config.sync().cluster());
        s.setInt(7, config.sync().syncLevel());
        s.setString(8, config.sync().syncSlave().name());
        s.setBoolean(9, config.sync().lanMaster());
        s.setBoolean(10, config.sync().syncMasterRedundancy());
        s.setDouble(11, config.position().x());
        s.setDouble(12, config.position().y());
        s.setBoolean(13, config.reducedTxPower());
        s.setInt(14, stored.base().rpn().value());
        s.setString(15, truncate(stored.lastSeen().firmware()));
        s.setString(16, truncate(stored.lastSeen().ipAddress()));
        s.setBoolean(17, stored.lastSeen().local());
        s.setString(18, truncateEndpoint(stored.lastSeen().airEndpoint()));
    }

    private static String truncateEndpoint(String reported) {
        return reported.length() <= 255 ? reported : reported.substring(0, 255);
    }

    // Firmware and IP come from the base itself; a silly long string must not fail a plan.
    private static String truncate(String reported) {
        return reported.length() <= 64 ? reported : reported.substring(0, 64);
    }
}
