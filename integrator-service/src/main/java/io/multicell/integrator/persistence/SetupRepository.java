package io.multicell.integrator.persistence;

import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.setup.DeviceRole;
import io.multicell.integrator.setup.SystemSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;

/** The first-login choices in schema "integrator" (one row once the admin has logged in the first time). */
@ApplicationScoped
public class SetupRepository {

    private final DataSource dataSource;

    public SetupRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<SystemSetup> find() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT dect_radio_band, device_role, updated_at FROM integrator.first_login_setup WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next()
                    ? Optional.of(new SystemSetup(DectRadioBand.valueOf(rs.getString(1)), DeviceRole.valueOf(rs.getString(2)),
                    rs.getTimestamp(3).toInstant()))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the system setup", e);
        }
    }

    public void save(SystemSetup setup) {
        try (Connection c = dataSource.getConnection()) {
            write(c, setup);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store the system setup", e);
        }
    }

    /** Within a transaction of another repository (a restore). */
    static void write(Connection c, SystemSetup setup) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                     INSERT INTO integrator.first_login_setup (id, dect_radio_band, device_role, updated_at) VALUES (1, ?, ?, ?)
                     ON CONFLICT (id) DO UPDATE SET dect_radio_band = EXCLUDED.dect_radio_band,
                       device_role = EXCLUDED.device_role, updated_at = EXCLUDED.updated_at""")) {
            st.setString(1, setup.dectRadioBand().name());
            st.setString(2, setup.deviceRole().name());
            st.setTimestamp(3, Timestamp.from(setup.updatedAt()));
            st.executeUpdate();
        }
    }

    /** Changes the DECT radio band chosen at the first login (Settings > System > DECT settings); false when none was chosen yet. */
    public boolean updateDectRadioBand(DectRadioBand band, java.time.Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "UPDATE integrator.first_login_setup SET dect_radio_band = ?, updated_at = ? WHERE id = 1")) {
            st.setString(1, band.name());
            st.setTimestamp(2, Timestamp.from(at));
            return st.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store the DECT radio band", e);
        }
    }
}
