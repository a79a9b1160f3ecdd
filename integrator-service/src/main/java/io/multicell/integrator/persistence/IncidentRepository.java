package io.multicell.integrator.persistence;

import io.multicell.integrator.incident.Incident;
import io.multicell.integrator.incident.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Incidents in schema "integrator", stored once per event id; deleting hides them for good. */
@ApplicationScoped
public class IncidentRepository {

    private final DataSource dataSource;
    private final Clock clock;

    public IncidentRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Stores the incidents that are new; returns how many were (a known event id is skipped, not an error). */
    public int storeNew(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     INSERT INTO integrator.incident (event_id, occurred_at, severity, code, message, base_mac, base_name,
                            source, received_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT (event_id) DO NOTHING""")) {
            int stored = 0;
            for (Incident incident : incidents) {
                st.setString(1, incident.eventId());
                st.setTimestamp(2, Timestamp.from(incident.occurredAt()));
                st.setString(3, incident.severity().name());
                st.setString(4, incident.code());
                st.setString(5, incident.message());
                st.setString(6, incident.baseMac());
                st.setString(7, incident.baseName());
                st.setString(8, incident.source());
                st.setTimestamp(9, Timestamp.from(incident.receivedAt()));
                stored += st.executeUpdate();
            }
            return stored;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store incidents", e);
        }
    }

    /** Newest first. */
    public List<Incident> newest(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT id, event_id, occurred_at, severity, code, message, base_mac, base_name, source, received_at
                       FROM integrator.incident WHERE deleted_at IS NULL ORDER BY occurred_at DESC, id DESC LIMIT ?""")) {
            st.setInt(1, limit);
            var incidents = new ArrayList<Incident>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    incidents.add(incident(rs));
                }
            }
            return incidents;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read incidents", e);
        }
    }

    /** Returns false when there was no such incident (or it was deleted before). */
    public boolean delete(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "UPDATE integrator.incident SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
            st.setTimestamp(1, Timestamp.from(clock.instant()));
            st.setLong(2, id);
            return st.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot delete incident " + id, e);
        }
    }

    public int deleteAll() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE integrator.incident SET deleted_at = ? WHERE deleted_at IS NULL")) {
            st.setTimestamp(1, Timestamp.from(clock.instant()));
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot delete incidents", e);
        }
    }

    /**
     * Deletes the incidents with these ids, all or none: returns false (and deletes nothing) when one of them does not
     * exist or was deleted before.
     */
    public boolean delete(List<Long> ids) {
        return Transactions.call(dataSource, "Cannot delete incidents " + ids, c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE integrator.incident SET deleted_at = ? WHERE id = ANY (?) AND deleted_at IS NULL")) {
                st.setTimestamp(1, Timestamp.from(clock.instant()));
                st.setArray(2, c.createArrayOf("bigint", ids.stream().distinct().toArray()));
                if (st.executeUpdate() != ids.stream().distinct().count()) {
                    // All or none: what this statement changed is undone (the commit that follows keeps nothing).
                    c.rollback();
                    return false;
                }
                return true;
            }
        });
    }

    /** The incidents with these ids that are not deleted, newest first. */
    public List<Incident> find(List<Long> ids) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT id, event_id, occurred_at, severity, code, message, base_mac, base_name, source, received_at
                       FROM integrator.incident WHERE deleted_at IS NULL AND id = ANY (?) ORDER BY occurred_at DESC, id DESC""")) {
            st.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            var incidents = new ArrayList<Incident>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    incidents.add(incident(rs));
                }
            }
            return incidents;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read incidents", e);
        }
    }

    private static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getString("event_id"),
                rs.getTimestamp("occurred_at").toInstant(), Severity.valueOf(rs.getString("severity")),
                rs.getString("code"), rs.getString("message"), rs.getString("base_mac"),
                rs.getString("base_name"), rs.getString("source"), rs.getTimestamp("received_at").toInstant());
    }
}
