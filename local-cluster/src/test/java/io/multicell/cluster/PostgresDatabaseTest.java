package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Against the machine's PostgreSQL on 127.0.0.1:5432 (trust auth), with a database of our own. */
class PostgresDatabaseTest {

    @Test
    void theMaintenanceUrlIsTheSameServersPostgresDatabase() {
        var db = new PostgresDatabase("jdbc:postgresql://db.example:6543/multicell?sslmode=disable", "u", "p");

        assertThat(db.databaseName()).isEqualTo("multicell");
        assertThat(db.maintenanceUrl()).isEqualTo("jdbc:postgresql://db.example:6543/postgres?sslmode=disable");
    }

    @Test
    void aUrlWithoutADatabaseNameIsRefused() {
        assertThatThrownBy(() -> new PostgresDatabase("jdbc:postgresql://127.0.0.1:5432/", "postgres", ""))
                .hasMessageContaining("not a PostgreSQL JDBC URL with a database name");
        assertThatThrownBy(() -> new PostgresDatabase("jdbc:postgresql://h/x;drop", "postgres", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingDatabaseIsCreatedOnceAndThenLeftAlone() throws SQLException {
        String name = "local_cluster_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        var db = new PostgresDatabase("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
        try {
            assertThat(db.ensureExists()).isTrue();
            try (var connection = DriverManager.getConnection(db.url(), "postgres", "")) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(db.ensureExists()).isFalse();
        } finally {
            db.drop();
        }
    }

    @Test
    void anUnreachableServerIsAnSqlException() {
        var db = new PostgresDatabase("jdbc:postgresql://127.0.0.1:1/multicell?connectTimeout=2", "postgres", "");

        assertThatThrownBy(db::ensureExists).isInstanceOf(SQLException.class);
    }
}
