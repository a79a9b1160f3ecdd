package io.multicell.integrator.persistence;

import io.multicell.integrator.tls.WebCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** The web security certificate in schema "integrator" (one row). */
@ApplicationScoped
public class WebCertificateRepository {

    private final DataSource dataSource;

    public WebCertificateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<WebCertificate> find() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT key_store, password, origin FROM integrator.web_certificate WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(WebCertificate.of(rs.getBytes("key_store"), rs.getString("password"),
                    WebCertificate.Origin.valueOf(rs.getString("origin"))));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the web security certificate", e);
        }
    }

    /** Stores the first one; another integrator that stored first wins (its certificate is read back). */
    public void insertIfAbsent(WebCertificate certificate, Instant at) {
        write("""
                INSERT INTO integrator.web_certificate (id, key_store, password, origin, subject, not_after, updated_at)
                VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""", certificate, at);
    }

    public void replace(WebCertificate certificate, Instant at) {
        write("""
                INSERT INTO integrator.web_certificate (id, key_store, password, origin, subject, not_after, updated_at)
                VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET key_store = EXCLUDED.key_store,
                  password = EXCLUDED.password, origin = EXCLUDED.origin, subject = EXCLUDED.subject,
                  not_after = EXCLUDED.not_after, updated_at = EXCLUDED.updated_at""", certificate, at);
    }

    private void write(String sql, WebCertificate certificate, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setBytes(1, certificate.keyStore());
            st.setString(2, certificate.password());
            st.setString(3, certificate.origin().name());
            st.setString(4, certificate.subject());
            st.setTimestamp(5, Timestamp.from(certificate.notAfter()));
            st.setTimestamp(6, Timestamp.from(at));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store the web security certificate", e);
        }
    }
}
