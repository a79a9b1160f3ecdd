package io.multicell.cluster;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** The PostgreSQL database of the mini multicell: is the server there, and does the database exist. */
public final class PostgresDatabase {

    /** Where the mini multicell keeps its data unless MULTICELL_PG_URL says otherwise. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/multicell";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z_][A-Za-z0-9_]*)(\\?.*)?");

    private final String url;
    private final String user;
    private final String password;

    public PostgresDatabase(String url, String user, String password) {
        if (!URL.matcher(url).matches()) {
            throw new IllegalArgumentException(
                    "not a PostgreSQL JDBC URL with a database name: " + url + " (e.g. " + DEFAULT_URL + ")");
        }
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** MULTICELL_PG_URL (default {@link #DEFAULT_URL}), user MULTICELL_PG_USER (postgres), MULTICELL_PG_PASSWORD. */
    public static PostgresDatabase fromEnvironment() {
        return new PostgresDatabase(env("MULTICELL_PG_URL", DEFAULT_URL), env("MULTICELL_PG_USER", "postgres"),
                env("MULTICELL_PG_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String url() {
        return url;
    }

    public String databaseName() {
        var m = URL.matcher(url);
        m.matches();
        return m.group(2);
    }

    /** The same server's maintenance database, from which databases are created. */
    public String maintenanceUrl() {
        var m = URL.matcher(url);
        m.matches();
        return m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
    }

    /**
     * Creates the database when it does not exist yet.
     *
     * @return true when it was created now
     * @throws SQLException when the server cannot be reached
     */
    public boolean ensureExists() throws SQLException {
        try (var connection = DriverManager.getConnection(maintenanceUrl(), user, password)) {
            try (var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, databaseName());
                try (var rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (var create = connection.createStatement()) {
                // The name matched [A-Za-z_][A-Za-z0-9_]* above: safe to quote into DDL.
                create.execute("CREATE DATABASE \"" + databaseName() + "\"");
            }
            return true;
        }
    }

    /** Drops the database (tests only: the mini multicell keeps its data). */
    public void drop() throws SQLException {
        try (var connection = DriverManager.getConnection(maintenanceUrl(), user, password);
                var drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS \"" + databaseName() + "\" WITH (FORCE)");
        }
    }
}
