package io.multicell.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class PostgresTestDatabaseTest {

    @Test
    void freshDatabaseIsUsableAndGoneAfterDrop() throws SQLException {
        var database = PostgresTestDatabase.create("tsupport");
        try {
            assertThat(database.name()).matches("tsupport_[0-9a-f]{12}");
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/" + database.name());
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                 var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE base_station (mac text PRIMARY KEY)");
                statement.execute("INSERT INTO base_station VALUES ('7C:2F:80:00:00:01')");
                var rows = statement.executeQuery("SELECT count(*) FROM base_station");
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(exists(database.name())).isTrue();
        } finally {
            database.drop();
        }
        assertThat(exists(database.name())).isFalse();
    }

    @Test
    void twoDatabasesWithTheSamePrefixAreDistinct() {
        var first = PostgresTestDatabase.create("tsupport");
        var second = PostgresTestDatabase.create("tsupport");
        try {
            assertThat(first.name()).isNotEqualTo(second.name());
        } finally {
            first.drop();
            second.drop();
        }
    }

    @Test
    void dropSucceedsWhileAServiceStillHoldsConnections() throws SQLException {
        var database = PostgresTestDatabase.create("tsupport");
        var leftOpen = database.connect();
        database.drop();
        database.drop(); // idempotent
        assertThat(exists(database.name())).isFalse();
        assertThat(leftOpen.isValid(2)).isFalse();
    }

    @Test
    void prefixThatIsNoSqlIdentifierIsRejected() {
        assertThatThrownBy(() -> PostgresTestDatabase.create("dm; DROP DATABASE multicell"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database prefix must match");
        assertThatThrownBy(() -> PostgresTestDatabase.create("1dm")).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean exists(String name) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            return statement.executeQuery().next();
        }
    }
}
