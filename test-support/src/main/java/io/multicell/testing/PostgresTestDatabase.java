package io.multicell.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A fresh, empty PostgreSQL database for one test run, named {@code <prefix>_<random>}, dropped afterwards.
 * The server is {@code jdbc:postgresql://127.0.0.1:5432} as user {@code postgres} (trust auth) unless the
 * environment says otherwise: {@code MULTICELL_TEST_PG_URL} (server URL without database), {@code MULTICELL_TEST_PG_USER}.
 */
public final class PostgresTestDatabase {

    public static final String DEFAULT_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432";
    public static final String DEFAULT_USER = "postgres";

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final String MAINTENANCE_DATABASE = "postgres";

    private final String serverUrl;
    private final String user;
    private final String name;
    private volatile boolean dropped;

    private PostgresTestDatabase(String serverUrl, String user, String name) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.name = name;
    }

    /** Creates {@code <prefix>_<random>}; the prefix is lower case letters, digits and underscores. */
    public static PostgresTestDatabase create(String prefix) {
        var normalized = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        if (!PREFIX.matcher(normalized).matches()) {
            throw new IllegalArgumentException(
                    "database prefix must match " + PREFIX.pattern() + " (letter first), was '" + prefix + "'");
        }
        var name = normalized + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var database = new PostgresTestDatabase(configuredServerUrl(), configuredUser(), name);
        database.execute("CREATE DATABASE " + name);
        // A test JVM that dies before stop() must not leave databases behind on the shared server.
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-test-database-" + name));
        return database;
    }

    /** JDBC URL of this database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/dm_1f2e3d4c5b6a}. */
    public String jdbcUrl() {
        return serverUrl + "/" + name;
    }

    /** The database name, {@code <prefix>_<random>}. */
    public String name() {
        return name;
    }

    /** The user that owns the database. */
    public String user() {
        return user;
    }

    /** Opens a connection to this database (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, "");
    }

    /** Terminates every connection to the database, then drops it. Idempotent. */
    public void drop() {
        if (dropped) {
            return;
        }
        synchronized (this) {
            if (dropped) {
                return;
            }
            // Connection pools of a stopping service may still hold sessions; DROP would fail on them.
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = '" + name + "' AND pid <> pg_backend_pid()");
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            dropped = true;
        }
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(serverUrl + "/" + MAINTENANCE_DATABASE, user, "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " as " + user + " failed on '" + sql + "': "
                    + e.getMessage(), e);
        }
    }

    private static String configuredServerUrl() {
        var url = System.getenv("MULTICELL_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return DEFAULT_SERVER_URL;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String configuredUser() {
        var user = System.getenv("MULTICELL_TEST_PG_USER");
        return user == null || user.isBlank() ? DEFAULT_USER : user;
    }

    @Override
    public String toString() {
        return jdbcUrl();
    }
}
