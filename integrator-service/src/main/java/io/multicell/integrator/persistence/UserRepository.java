package io.multicell.integrator.persistence;

import io.multicell.integrator.security.WebUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The web configurator's users in schema "integrator". */
@ApplicationScoped
public class UserRepository {

    private final DataSource dataSource;

    public UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<WebUser> find(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT name, role, password_hash, active, password_change_required, updated_at
                       FROM integrator.web_user WHERE name = ?""")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read user " + name, e);
        }
    }

    public List<WebUser> all() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT name, role, password_hash, active, password_change_required, updated_at
                       FROM integrator.web_user ORDER BY name""");
             ResultSet rs = st.executeQuery()) {
            var users = new ArrayList<WebUser>();
            while (rs.next()) {
                users.add(read(rs));
            }
            return users;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read users", e);
        }
    }

    /** Adds the user unless one of that name exists (several integrators may start at once). */
    public void insertIfAbsent(WebUser user) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     INSERT INTO integrator.web_user (name, role, password_hash, active, password_change_required, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING""")) {
            st.setString(1, user.name());
            st.setString(2, user.role());
            st.setString(3, user.passwordHash());
            st.setBoolean(4, user.active());
            st.setBoolean(5, user.passwordChangeRequired());
            st.setTimestamp(6, Timestamp.from(user.updatedAt()));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot add user " + user.name(), e);
        }
    }

    public void update(WebUser user) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     UPDATE integrator.web_user SET password_hash = ?, active = ?, password_change_required = ?, updated_at = ?
                      WHERE name = ?""")) {
            st.setString(1, user.passwordHash());
            st.setBoolean(2, user.active());
            st.setBoolean(3, user.passwordChangeRequired());
            st.setTimestamp(4, Timestamp.from(user.updatedAt()));
            st.setString(5, user.name());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot change user " + user.name(), e);
        }
    }

    private static WebUser read(ResultSet rs) throws SQLException {
        return new WebUser(rs.getString("name"), rs.getString("role"), rs.getString("password_hash"),
                rs.getBoolean("active"), rs.getBoolean("password_change_required"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
