package io.multicell.simulator.persistence;

import io.multicell.core.identity.Ipui;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.call.AnswerMode;
import io.multicell.simulator.handset.DuplicateHandsetException;
import io.multicell.simulator.handset.HandsetRecord;
import io.multicell.simulator.handset.HandsetStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Virtual handsets in PostgreSQL, table handset_simulator.handset (Flyway). */
@ApplicationScoped
public class JdbcHandsetStore implements HandsetStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcHandsetStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public List<HandsetRecord> loadAll() {
        try (Connection c = dataSource.getConnection();
                var st = c.prepareStatement("SELECT id, ipui, model, firmware, position_x, position_y, uak, answer_mode"
                        + " FROM handset_simulator.handset ORDER BY id");
                var rows = st.executeQuery()) {
            var handsets = new ArrayList<HandsetRecord>();
            while (rows.next()) {
                handsets.add(read(rows));
            }
            return handsets;
        } catch (SQLException e) {
            throw new PersistenceException("cannot load the handsets", e);
        }
    }

    private static HandsetRecord read(ResultSet rows) throws SQLException {
        return new HandsetRecord(rows.getString("id"), new Ipui(rows.getString("ipui")), rows.getString("model"),
                rows.getString("firmware"), new FloorPosition(rows.getDouble("position_x"), rows.getDouble("position_y")),
                Optional.ofNullable(rows.getBytes("uak")), AnswerMode.valueOf(rows.getString("answer_mode")));
    }

    @Override
    public void insert(Collection<HandsetRecord> handsets) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("INSERT INTO handset_simulator.handset (id, ipui, model, firmware,"
                    + " position_x, position_y, uak, registered, created_at, updated_at, answer_mode)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (HandsetRecord h : handsets) {
                    st.setString(1, h.id());
                    st.setString(2, h.ipui().value());
                    st.setString(3, h.model());
                    st.setString(4, h.firmware());
                    st.setDouble(5, h.position().x());
                    st.setDouble(6, h.position().y());
                    st.setBytes(7, h.uak().orElse(null));
                    st.setBoolean(8, h.uak().isPresent());
                    st.setTimestamp(9, now);
                    st.setTimestamp(10, now);
                    st.setString(11, h.answerMode().name());
                    st.addBatch();
                }
                st.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (isUniqueViolation(e)) {
                    throw new DuplicateHandsetException("a handset with one of these ids exists: "
                            + handsets.stream().map(HandsetRecord::id).toList());
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot store new handsets", e);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void savePosition(String id, FloorPosition position) {
        update("UPDATE handset_simulator.handset SET position_x = ?, position_y = ?, updated_at = ? WHERE id = ?",
                st -> {
                    st.setDouble(1, position.x());
                    st.setDouble(2, position.y());
                    st.setTimestamp(3, Timestamp.from(clock.instant()));
                    st.setString(4, id);
                });
    }

    @Override
    public void saveKey(String id, byte[] uak) {
        update("UPDATE handset_simulator.handset SET uak = ?, registered = TRUE, updated_at = ? WHERE id = ?", st -> {
            st.setBytes(1, uak);
            st.setTimestamp(2, Timestamp.from(clock.instant()));
            st.setString(3, id);
        });
    }

    @Override
    public void saveAnswerMode(String id, AnswerMode mode) {
        update("UPDATE handset_simulator.handset SET answer_mode = ?, updated_at = ? WHERE id = ?", st -> {
            st.setString(1, mode.name());
            st.setTimestamp(2, Timestamp.from(clock.instant()));
            st.setString(3, id);
        });
    }

    @Override
    public void delete(String id) {
        update("DELETE FROM handset_simulator.handset WHERE id = ?", st -> st.setString(1, id));
    }

    private interface Binder {
        void bind(java.sql.PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            binder.bind(st);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot run " + sql.substring(0, sql.indexOf(' ', 8)) + " on handsets", e);
        }
    }
}
