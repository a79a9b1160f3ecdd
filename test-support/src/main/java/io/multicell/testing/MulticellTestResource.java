package io.multicell.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource giving a service its real peers: the shared in-process Kafka broker and a fresh PostgreSQL
 * database (init arg {@code db-prefix}, default {@code svc}), dropped when the resource stops.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = MulticellTestResource.class, initArgs = &#64;ResourceArg(name = "db-prefix", value = "dm"))
 * </pre>
 */
public class MulticellTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DB_PREFIX_ARG = "db-prefix";
    public static final String DEFAULT_DB_PREFIX = "svc";

    private String dbPrefix = DEFAULT_DB_PREFIX;
    private PostgresTestDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        dbPrefix = initArgs.getOrDefault(DB_PREFIX_ARG, DEFAULT_DB_PREFIX);
    }

    @Override
    public Map<String, String> start() {
        var bootstrapServers = TestKafka.bootstrapServers();
        database = PostgresTestDatabase.create(dbPrefix);
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers,
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }

    /** The database of the running resource, or null before {@link #start()}. */
    public PostgresTestDatabase database() {
        return database;
    }
}
