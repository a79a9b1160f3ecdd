package io.multicell.manager.persistence;

import io.agroal.api.AgroalDataSource;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.subscription.HandsetEntry;
import io.multicell.manager.subscription.HandsetPlan;
import io.multicell.manager.subscription.HandsetStore;
import io.multicell.manager.subscription.RegStatus;
import io.multicell.manager.subscription.RegistrationWindow;
import io.multicell.manager.subscription.Subscription;
import io.multicell.manager.subscription.Uak;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Handset plan, subscriptions (with their keys) and location registry in schema {@code dect_manager}, plain JDBC. */
@ApplicationScoped
public class JdbcHandsetStore implements HandsetStore {

    private final AgroalDataSource dataSource;

    JdbcHandsetStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public StoredHandsets load() {
        try (Connection c = dataSource.getConnection()) {
            List<HandsetEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT entry_id, ipui_pattern, pin, requested_status FROM dect_manager.handset_entry ORDER BY position");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HandsetEntry(rs.getString(1), new IpuiPattern(rs.getString(2)), Pin.parse(rs.getString(3)),
                            RegStatus.valueOf(rs.getString(4))));
                }
            }
            HandsetPlan plan;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT revision, window_opens_at, window_closes_at, max_handsets FROM dect_manager.handset_plan WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                Instant opens = instant(rs, 2);
                Instant closes = instant(rs, 3);
                Optional<RegistrationWindow> window = opens == null
                        ? Optional.empty()
                        : Optional.of(new RegistrationWindow(opens, closes));
                plan = new HandsetPlan(rs.getLong(1), entries, window, rs.getInt(4));
            }
            List<Subscription> subscriptions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT entry_id, ipui, uak, model, firmware, registered_at FROM dect_manager.subscription ORDER BY entry_id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byte[] uak = rs.getBytes(3);
                    subscriptions.add(new Subscription(rs.getString(1), new Ipui(rs.getString(2)),
                            uak == null ? Optional.empty() : Optional.of(new Uak(uak)), rs.getString(4), rs.getString(5),
                            instant(rs, 6)));
                }
            }
            List<StoredLocation> locations = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ipui, base_mac, updated_at FROM dect_manager.handset_location");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    locations.add(new StoredLocation(new Ipui(rs.getString(1)), new MacAddress(rs.getString(2)),
                            instant(rs, 3)));
                }
            }
            return new StoredHandsets(plan, subscriptions, locations);
        } catch (SQLException e) {
            throw new StoreException("loading the handset plan and subscriptions", e);
        }
    }

    @Override
    public void replacePlan(HandsetPlan plan, List<Subscription> deregistered) {
        inTransaction("storing handset plan revision " + plan.revision(), c -> {
            execute(c, "DELETE FROM dect_manager.handset_entry");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dect_manager.handset_entry"
                    + " (entry_id, position, ipui_pattern, pin, requested_status) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (HandsetEntry entry : plan.entries()) {
                    s.setString(1, entry.entryId());
                    s.setInt(2, position++);
                    s.setString(3, entry.ipui().text());
                    s.setString(4, entry.pin().digits());
                    s.setString(5, entry.requestedStatus().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE dect_manager.handset_plan"
                    + " SET revision = ?, window_opens_at = ?, window_closes_at = ?, max_handsets = ? WHERE id = 1")) {
                s.setLong(1, plan.revision());
                s.setObject(2, plan.window().map(w -> utc(w.opensAt())).orElse(null));
                s.setObject(3, plan.window().map(w -> utc(w.closesAt())).orElse(null));
                s.setInt(4, plan.maxHandsets());
                s.executeUpdate();
            }
            try (PreparedStatement key = c.prepareStatement(
                    "UPDATE dect_manager.subscription SET uak = NULL, status = 'NOT_REGISTERED' WHERE entry_id = ?");
                 PreparedStatement location = c.prepareStatement("DELETE FROM dect_manager.handset_location WHERE ipui = ?")) {
                for (Subscription subscription : deregistered) {
                    key.setString(1, subscription.entryId());
                    key.addBatch();
                    location.setString(1, subscription.ipui().value());
                    location.addBatch();
                }
                key.executeBatch();
                location.executeBatch();
            }
            execute(c, "DELETE FROM dect_manager.subscription WHERE entry_id NOT IN (SELECT entry_id FROM dect_manager.handset_entry)");
        });
    }

    @Override
    public void saveSubscription(Subscription subscription) {
        inTransaction("storing the subscription of " + subscription.ipui(), c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM dect_manager.subscription WHERE ipui = ? AND entry_id <> ?")) {
                s.setString(1, subscription.ipui().value());
                s.setString(2, subscription.entryId());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dect_manager.subscription"
                    + " (entry_id, ipui, status, uak, model, firmware, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (entry_id) DO UPDATE SET ipui = EXCLUDED.ipui, status = EXCLUDED.status, uak = EXCLUDED.uak,"
                    + " model = EXCLUDED.model, firmware = EXCLUDED.firmware, registered_at = EXCLUDED.registered_at")) {
                s.setString(1, subscription.entryId());
                s.setString(2, subscription.ipui().value());
                s.setString(3, subscription.status().name());
                s.setBytes(4, subscription.uak().map(Uak::bytes).orElse(null));
                s.setString(5, truncate(subscription.model()));
                s.setString(6, truncate(subscription.firmware()));
                s.setObject(7, utc(subscription.registeredAt()));
                s.executeUpdate();
            }
        });
    }

    @Override
    public void saveLocation(Ipui ipui, MacAddress base, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO dect_manager.handset_location (ipui, base_mac, updated_at)"
                     + " VALUES (?, ?, ?) ON CONFLICT (ipui) DO UPDATE SET base_mac = EXCLUDED.base_mac, updated_at = EXCLUDED.updated_at")) {
            s.setString(1, ipui.value());
            s.setString(2, base.value());
            s.setObject(3, utc(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("storing the location of " + ipui, e);
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    // Model and firmware come from the handset itself; a silly long string must not fail a registration.
    private static String truncate(String reported) {
        return reported.length() <= 64 ? reported : reported.substring(0, 64);
    }
}
