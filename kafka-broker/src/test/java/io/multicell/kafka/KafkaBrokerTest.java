package io.multicell.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final String TOPIC = "multicell.broker-check.v1";

    @TempDir
    Path dataDir;

    @Test
    void recordProducedBeforeARestartIsReadAfterIt() throws Exception {
        int port = freePort();
        int controllerPort = freePort();

        try (var broker = timedStart("first start (formats storage)", port, controllerPort)) {
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(dataDir.resolve("meta.properties")).exists();
            produce(broker, "7C:2F:80:00:00:01", "synchronised");
            assertThat(readAll(broker)).containsExactly("7C:2F:80:00:00:01=synchronised");
        }

        try (var broker = timedStart("restart (keeps storage)", port, controllerPort)) {
            assertThat(readAll(broker)).containsExactly("7C:2F:80:00:00:01=synchronised");
        }
    }

    @Test
    void closeIsIdempotent() throws Exception {
        var broker = KafkaBroker.start(dataDir, freePort(), freePort());
        broker.close();
        broker.close();
    }

    private KafkaBroker timedStart(String what, int port, int controllerPort) {
        var started = Instant.now();
        var broker = KafkaBroker.start(dataDir, port, controllerPort);
        System.out.printf("Kafka broker %s took %d ms%n", what, Duration.between(started, Instant.now()).toMillis());
        return broker;
    }

    private static void produce(KafkaBroker broker, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads the topic from the beginning with a fresh group until it has seen at least one record. */
    private static List<String> readAll(KafkaBroker broker) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var seen = new ArrayList<String>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            var deadline = Instant.now().plusSeconds(30);
            while (seen.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.key() + "=" + r.value()));
            }
            // one more short poll: a duplicate written by a broken restart would show up here
            consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.key() + "=" + r.value()));
        }
        return seen;
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
