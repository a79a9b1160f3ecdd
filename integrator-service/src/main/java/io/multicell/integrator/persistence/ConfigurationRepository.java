package io.multicell.integrator.persistence;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.integrator.basestation.BaseStationPlan;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.IpAddressType;
import io.multicell.integrator.basestation.IpAddressing;
import io.multicell.integrator.basestation.RadioIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/** The integrator's configuration of record in schema "integrator": confirmed bases, plan revision, LED display. */
@ApplicationScoped
public class ConfigurationRepository {

    private static final String SELECT_BASES = """
            SELECT mac, name, activated, ip_address_type, static_ip_address, cluster, sync_level, sync_slave,
                   lan_master, sync_master_redundancy, position_x, position_y, reduced_tx_power, rpn, rfpi
              FROM integrator.base_station ORDER BY mac""";

    private static final String UPSERT_BASE = """
            INSERT INTO integrator.base_station (mac, name, activated, ip_address_type, static_ip_address, cluster,
                   sync_level, sync_slave, lan_master, sync_master_redundancy, position_x, position_y, reduced_tx_power,
                   rpn, rfpi, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (mac) DO UPDATE SET name = EXCLUDED.name, activated = EXCLUDED.activated,
                   ip_address_type = EXCLUDED.ip_address_type, static_ip_address = EXCLUDED.static_ip_address,
                   cluster = EXCLUDED.cluster, sync_level = EXCLUDED.sync_level, sync_slave = EXCLUDED.sync_slave,
                   lan_master = EXCLUDED.lan_master, sync_master_redundancy = EXCLUDED.sync_master_redundancy,
                   position_x = EXCLUDED.position_x, position_y = EXCLUDED.position_y,
                   reduced_tx_power = EXCLUDED.reduced_tx_power, rpn = EXCLUDED.rpn, rfpi = EXCLUDED.rfpi,
                   updated_at = EXCLUDED.updated_at""";

    private final DataSource dataSource;
    private final Clock clock;

    public ConfigurationRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public BaseStationPlan loadPlan() {
        try (Connection c = dataSource.getConnection()) {
            long revision;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT revision FROM integrator.plan_revision WHERE id = 1")) {
                revision = rs.next() ? rs.getLong(1) : 0;
            }
            var bases = new ArrayList<ConfirmedBase>();
            try (var st = c.createStatement(); var rs = st.executeQuery(SELECT_BASES)) {
                while (rs.next()) {
                    bases.add(read(rs));
                }
            }
            return new BaseStationPlan(revision, bases);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot load the base station plan", e);
        }
    }

    /** Makes {@code plan} the configuration of record in one transaction: its bases, nothing else, at its revision. */
    public void savePlan(BaseStationPlan plan) {
        Timestamp now = Timestamp.from(clock.instant());
        Transactions.run(dataSource, "Cannot save the base station plan", c -> writePlan(c, plan, now));
    }

    /** Within a transaction of another repository (a restore): the plan's bases, nothing else, at its revision. */
    static void writePlan(Connection c, BaseStationPlan plan, Timestamp now) throws SQLException {
        Set<String> keep = new HashSet<>();
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_BASE)) {
            for (ConfirmedBase base : plan.bases()) {
                keep.add(base.mac().value());
                bind(upsert, base, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM integrator.base_station WHERE NOT (mac = ANY (?))")) {
            delete.setArray(1, c.createArrayOf("bpchar", keep.toArray()));
            delete.executeUpdate();
        }
        try (PreparedStatement revision = c.prepareStatement(
                "UPDATE integrator.plan_revision SET revision = ?, updated_at = ? WHERE id = 1")) {
            revision.setLong(1, plan.revision());
            revision.setTimestamp(2, now);
            revision.executeUpdate();
        }
    }

    /** Within a transaction of another repository (a restore). */
    static void writeLedDisplay(Connection c, boolean enabled, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("UPDATE integrator.led_display SET enabled = ?, updated_at = ? WHERE id = 1")) {
            st.setBoolean(1, enabled);
            st.setTimestamp(2, now);
            st.executeUpdate();
        }
    }

    public boolean ledDisplay() {
        try (Connection c = dataSource.getConnection();
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT enabled FROM integrator.led_display WHERE id = 1")) {
            return !rs.next() || rs.getBoolean(1);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the LED display setting", e);
        }
    }

    public void saveLedDisplay(boolean enabled) {
        try (Connection c = dataSource.getConnection()) {
            writeLedDisplay(c, enabled, Timestamp.from(clock.instant()));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot save the LED display setting", e);
        }
    }

    private static void bind(PreparedStatement st, ConfirmedBase base, Timestamp now) throws SQLException {
        SyncSettings sync = base.sync();
        st.setString(1, base.mac().value());
        st.setString(2, base.name());
        st.setBoolean(3, base.activated());
        st.setString(4, base.ip().type().name());
        st.setString(5, base.ip().staticAddress());
        st.setInt(6, sync.cluster());
        st.setInt(7, sync.syncLevel());
        st.setString(8, sync.syncSlave() == SyncSlave.NONE ? null : sync.syncSlave().name());
        st.setBoolean(9, sync.lanMaster());
        st.setBoolean(10, sync.syncMasterRedundancy());
        st.setDouble(11, base.position().x());
        st.setDouble(12, base.position().y());
        st.setBoolean(13, base.reducedTxPower());
        if (base.radio() == null) {
            st.setNull(14, Types.SMALLINT);
            st.setNull(15, Types.CHAR);
        } else {
            st.setInt(14, base.radio().rpn().value());
            st.setString(15, base.radio().rfpi().toString());
        }
        st.setTimestamp(16, now);
        st.setTimestamp(17, now);
    }

    private static ConfirmedBase read(ResultSet rs) throws SQLException {
        String slave = rs.getString("sync_slave");
        var sync = new SyncSettings(rs.getInt("cluster"), rs.getInt("sync_level"),
                slave == null ? SyncSlave.NONE : SyncSlave.valueOf(slave),
                rs.getBoolean("lan_master"), rs.getBoolean("sync_master_redundancy"));
        var planned = new PlannedBase(new MacAddress(rs.getString("mac")), rs.getString("name"), rs.getBoolean("activated"),
                sync, new FloorPosition(rs.getDouble("position_x"), rs.getDouble("position_y")));
        var ip = new IpAddressing(IpAddressType.valueOf(rs.getString("ip_address_type")), rs.getString("static_ip_address"));
        int rpn = rs.getInt("rpn");
        RadioIdentity radio = rs.wasNull() || rs.getString("rfpi") == null
                ? null
                : new RadioIdentity(new Rpn(rpn), Rfpi.parse(rs.getString("rfpi")));
        return new ConfirmedBase(planned, ip, rs.getBoolean("reduced_tx_power"), radio);
    }
}
