package io.multicell.integrator.persistence;

import io.multicell.integrator.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The audit log in schema "integrator": appended to, never changed. */
@ApplicationScoped
public class AuditRepository {

    private final DataSource dataSource;

    public AuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void append(AuditEntry entry) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     INSERT INTO integrator.audit_entry (at, user_name, action, target, outcome) VALUES (?, ?, ?, ?, ?)""")) {
            st.setTimestamp(1, Timestamp.from(entry.at()));
            st.setString(2, entry.user());
            st.setString(3, entry.action());
            st.setString(4, entry.target());
            st.setInt(5, entry.outcome());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot append to the audit log", e);
        }
    }

    /** Newest first. */
    public List<AuditEntry> newest(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT id, at, user_name, action, target, outcome FROM integrator.audit_entry
                      ORDER BY at DESC, id DESC LIMIT ?""")) {
            st.setInt(1, limit);
            var entries = new ArrayList<AuditEntry>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("user_name"),
                            rs.getString("action"), rs.getString("target"), rs.getInt("outcome")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the audit log", e);
        }
    }
}
