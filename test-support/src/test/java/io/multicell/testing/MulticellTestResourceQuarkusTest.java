package io.multicell.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "tsq"))
class MulticellTestResourceQuarkusTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafkaBootstrapServers;

    @Test
    void serviceDataSourcePointsAtItsOwnFreshDatabase() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT current_database(), count(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'public'");
            rows.next();
            assertThat(rows.getString(1)).matches("tsq_[0-9a-f]{12}");
            assertThat(rows.getInt(2)).isZero();
        }
    }

    @Test
    void serviceReachesTheOneSharedKafkaBroker() throws Exception {
        assertThat(kafkaBootstrapServers).isEqualTo(TestKafka.bootstrapServers());
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
