package io.multicell.integrator.persistence;

import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.handset.RegistrationWindow;
import io.multicell.integrator.handset.VoipAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** The handset plan of record in schema "integrator": entries, registration window and plan revision. */
@ApplicationScoped
public class HandsetRepository {

    private static final String SELECT_ENTRIES = """
            SELECT id, ipui_pattern, pin, requested_status, handset_name, internal_name, internal_number, dnd,
                   voip_provider_profile_id, voip_authentication_name, voip_password, voip_username, voip_display_name
              FROM integrator.handset_entry ORDER BY seq""";

    // updated_at moves only when something of the entry changed; created_at and the list position never do.
    private static final String UPSERT_ENTRY = """
            INSERT INTO integrator.handset_entry AS e (id, ipui_pattern, pin, requested_status, handset_name, internal_name,
                   internal_number, dnd, voip_provider_profile_id, voip_authentication_name, voip_password, voip_username,
                   voip_display_name, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET ipui_pattern = EXCLUDED.ipui_pattern, pin = EXCLUDED.pin,
                   requested_status = EXCLUDED.requested_status, handset_name = EXCLUDED.handset_name,
                   internal_name = EXCLUDED.internal_name, internal_number = EXCLUDED.internal_number, dnd = EXCLUDED.dnd,
                   voip_provider_profile_id = EXCLUDED.voip_provider_profile_id,
                   voip_authentication_name = EXCLUDED.voip_authentication_name, voip_password = EXCLUDED.voip_password,
                   voip_username = EXCLUDED.voip_username, voip_display_name = EXCLUDED.voip_display_name,
                   updated_at = EXCLUDED.updated_at
             WHERE (e.ipui_pattern, e.pin, e.requested_status, e.handset_name, e.internal_name, e.internal_number, e.dnd,
                   e.voip_provider_profile_id, e.voip_authentication_name, e.voip_password, e.voip_username, e.voip_display_name)
                   IS DISTINCT FROM (EXCLUDED.ipui_pattern, EXCLUDED.pin, EXCLUDED.requested_status, EXCLUDED.handset_name,
                   EXCLUDED.internal_name, EXCLUDED.internal_number, EXCLUDED.dnd, EXCLUDED.voip_provider_profile_id,
                   EXCLUDED.voip_authentication_name, EXCLUDED.voip_password, EXCLUDED.voip_username, EXCLUDED.voip_display_name)""";

    private final DataSource dataSource;
    private final Clock clock;

    public HandsetRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public HandsetPlan loadPlan() {
        try (Connection c = dataSource.getConnection()) {
            long revision;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT revision FROM integrator.handset_plan_revision WHERE id = 1")) {
                revision = rs.next() ? rs.getLong(1) : 0;
            }
            var entries = new ArrayList<HandsetEntry>();
            try (var st = c.createStatement(); var rs = st.executeQuery(SELECT_ENTRIES)) {
                while (rs.next()) {
                    entries.add(readEntry(rs));
                }
            }
            RegistrationWindow window = RegistrationWindow.closed();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT start_time, duration_seconds, opens_at, closes_at FROM integrator.registration_window WHERE id = 1")) {
                if (rs.next()) {
                    window = readWindow(rs);
                }
            }
            return new HandsetPlan(revision, entries, window);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot load the handset plan", e);
        }
    }

    /** Makes {@code plan} the configuration of record in one transaction: its entries, nothing else, its window, its revision. */
    public void savePlan(HandsetPlan plan) {
        savePlan(plan, OptionalLong.empty());
    }

    /**
     * As {@link #savePlan(HandsetPlan)}, and when given the revision of the SIP configuration that carried the entries'
     * VoIP accounts to the SIP gateway, in the same transaction.
     */
    public void savePlan(HandsetPlan plan, OptionalLong sipRevision) {
        Timestamp now = Timestamp.from(clock.instant());
        Transactions.run(dataSource, "Cannot save the handset plan", c -> {
            var keep = new ArrayList<String>();
            try (PreparedStatement upsert = c.prepareStatement(UPSERT_ENTRY)) {
                // One statement per entry, in list order, so that new entries take their place at the end in order.
                for (HandsetEntry entry : plan.entries()) {
                    keep.add(entry.id());
                    bind(upsert, entry, now);
                    upsert.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM integrator.handset_entry WHERE NOT (id = ANY (?))")) {
                delete.setArray(1, c.createArrayOf("varchar", keep.toArray()));
                delete.executeUpdate();
            }
            saveWindow(c, plan.window(), now);
            if (sipRevision.isPresent()) {
                TelephonyRepository.saveRevision(c, sipRevision.getAsLong(), now);
            }
            try (PreparedStatement revision = c.prepareStatement(
                    "UPDATE integrator.handset_plan_revision SET revision = ?, updated_at = ? WHERE id = 1")) {
                revision.setLong(1, plan.revision());
                revision.setTimestamp(2, now);
                revision.executeUpdate();
            }
        });
    }

    /**
     * Within a transaction of another repository (a restore): exactly {@code entries}, in that list order (every
     * entry is written anew, so the list shows them in the order given), and the plan revision.
     */
    static void replaceEntries(Connection c, java.util.List<HandsetEntry> entries, long revision, Timestamp now) throws SQLException {
        try (var delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM integrator.handset_entry");
        }
        try (PreparedStatement insert = c.prepareStatement(UPSERT_ENTRY)) {
            for (HandsetEntry entry : entries) {
                bind(insert, entry, now);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE integrator.handset_plan_revision SET revision = ?, updated_at = ? WHERE id = 1")) {
            st.setLong(1, revision);
            st.setTimestamp(2, now);
            st.executeUpdate();
        }
    }

    static void saveWindow(Connection c, RegistrationWindow window, Timestamp now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE integrator.registration_window
                   SET start_time = ?, duration_seconds = ?, opens_at = ?, closes_at = ?, updated_at = ? WHERE id = 1""")) {
            if (window.startTime() == null) {
                st.setNull(1, Types.TIMESTAMP);
            } else {
                st.setObject(1, window.startTime());
            }
            st.setLong(2, window.duration().toSeconds());
            st.setTimestamp(3, window.opensAt() == null ? null : Timestamp.from(window.opensAt()));
            st.setTimestamp(4, window.closesAt() == null ? null : Timestamp.from(window.closesAt()));
            st.setTimestamp(5, now);
            st.executeUpdate();
        }
    }

    private static void bind(PreparedStatement st, HandsetEntry entry, Timestamp now) throws SQLException {
        st.setString(1, entry.id());
        st.setString(2, entry.ipui().text());
        st.setString(3, entry.pin().digits());
        st.setString(4, entry.requestedStatus().name());
        st.setString(5, entry.handsetName());
        st.setString(6, entry.internalName());
        st.setString(7, entry.internalNumber());
        st.setBoolean(8, entry.dnd());
        VoipAccount account = entry.voipAccount();
        if (account.providerProfileId() == null) {
            st.setNull(9, Types.SMALLINT);
        } else {
            st.setInt(9, account.providerProfileId());
        }
        st.setString(10, account.authenticationName());
        st.setString(11, account.password());
        st.setString(12, account.username());
        st.setString(13, account.displayName());
        st.setTimestamp(14, now);
        st.setTimestamp(15, now);
    }

    private static HandsetEntry readEntry(ResultSet rs) throws SQLException {
        return new HandsetEntry(
                rs.getString("id"),
                new IpuiPattern(rs.getString("ipui_pattern")),
                Pin.parse(rs.getString("pin")),
                RegStatus.valueOf(rs.getString("requested_status")),
                rs.getString("handset_name"),
                rs.getString("internal_name"),
                rs.getString("internal_number"),
                rs.getBoolean("dnd"),
                new VoipAccount(rs.getObject("voip_provider_profile_id", Integer.class), rs.getString("voip_authentication_name"),
                        rs.getString("voip_password"), rs.getString("voip_username"), rs.getString("voip_display_name")));
    }

    private static RegistrationWindow readWindow(ResultSet rs) throws SQLException {
        LocalDateTime start = rs.getObject("start_time", LocalDateTime.class);
        Timestamp opens = rs.getTimestamp("opens_at");
        Timestamp closes = rs.getTimestamp("closes_at");
        Instant opensAt = opens == null ? null : opens.toInstant();
        Instant closesAt = closes == null ? null : closes.toInstant();
        return new RegistrationWindow(start, Duration.ofSeconds(rs.getLong("duration_seconds")), opensAt, closesAt);
    }
}
