package io.multicell.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MulticellTestResourceTest {

    @Test
    void startGivesKafkaAndAFreshDatabaseAndStopDropsTheDatabase() throws SQLException {
        var resource = new MulticellTestResource();
        resource.init(Map.of("db-prefix", "tsres"));
        var config = resource.start();
        var database = resource.database();
        try {
            assertThat(config)
                    .containsEntry("kafka.bootstrap.servers", TestKafka.bootstrapServers())
                    .containsEntry("quarkus.datasource.jdbc.url", database.jdbcUrl())
                    .containsEntry("quarkus.datasource.username", "postgres")
                    .containsEntry("quarkus.datasource.password", "");
            assertThat(database.name()).startsWith("tsres_");
            try (var connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), "postgres", "")) {
                assertThat(connection.isValid(2)).isTrue();
            }
        } finally {
            resource.stop();
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database.name());
            assertThat(statement.executeQuery().next()).isFalse();
        }
    }

    @Test
    void withoutInitArgsTheDatabasePrefixIsSvc() {
        var resource = new MulticellTestResource();
        resource.init(Map.of());
        resource.start();
        try {
            assertThat(resource.database().name()).startsWith("svc_");
        } finally {
            resource.stop();
        }
    }
}
