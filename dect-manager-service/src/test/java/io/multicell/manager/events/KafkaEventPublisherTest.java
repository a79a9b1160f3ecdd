package io.multicell.manager.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.kafka.KafkaBroker;
import io.multicell.manager.config.DectManagerConfig;
import io.multicell.proto.events.v1.HandsetRegistrationChanged;
import io.multicell.proto.events.v1.HandsetRoamed;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.SyncStateChanged;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events raised while Kafka is down are neither blocking nor lost: they arrive, in order, once a broker is there. */
class KafkaEventPublisherTest {

    private static final MacAddress MAC = MacAddress.forInstance(9);
    private static final Rfpi RFPI = new Rfpi(new Pari(0x12345678L), new Rpn(3));
    private static final Ipui IPUI = new Ipui("00000000A1");
    private static final MacAddress A_BASE = MacAddress.forInstance(1);
    private static final MacAddress B_BASE = MacAddress.forInstance(2);
    private static final MacAddress C_BASE = MacAddress.forInstance(3);

    @TempDir
    Path dataDir;

    @Test
    void eventsRaisedWhileKafkaIsDownArriveInOrderOnceItIsUp() throws Exception {
        int port = freePort();
        var meters = new SimpleMeterRegistry();
        var publisher = new KafkaEventPublisher(config(), "127.0.0.1:" + port, meters, new IncidentMetrics(meters));
        try {
            long start = System.nanoTime();
            publisher.publish(change(1, BaseStationStatus.SYNC));
            publisher.publish(change(2, BaseStationStatus.OFFLINE));
            publisher.publish(new Incident(UUID.randomUUID(), Instant.now(), Incident.Severity.CRITICAL, Incident.BASE_STATION_OFFLINE,
                    "Base station Hall (" + MAC + ") is offline", MAC, "Hall"));
            publisher.publish(change(3, BaseStationStatus.SYNC));
            publisher.publish(roam(A_BASE, B_BASE));
            publisher.publish(new RegistrationChange(UUID.randomUUID(), Instant.now(), IPUI, "hs-1", "Not registered", "de-registered"));
            publisher.publish(roam(B_BASE, C_BASE));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("publishing never waits for Kafka").isLessThan(Duration.ofSeconds(1));
            assertThat(meters.get("multicell.sync.state_changes").counter().count()).isEqualTo(3);
            assertThat(meters.get("multicell.incidents").tag("severity", "critical").tag("type", "BASE_STATION_OFFLINE")
                    .counter().count()).as("counted when raised, though Kafka is down").isEqualTo(1);

            try (var broker = KafkaBroker.start(Files.createDirectories(dataDir.resolve("kafka")), port, freePort());
                 var consumer = consumer(broker.bootstrapServers())) {
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                    return records.stream().filter(r -> r.topic().equals("multicell.sync.v1")).count() >= 3
                            && records.stream().anyMatch(r -> r.topic().equals("multicell.incidents.v1"))
                            && records.stream().filter(r -> r.topic().equals("multicell.roaming.v1")).count() >= 2
                            && records.stream().anyMatch(r -> r.topic().equals("multicell.registration.v1"));
                });

                List<SyncStateChanged> changes = new ArrayList<>();
                for (var r : records) {
                    if (r.topic().equals("multicell.sync.v1")) {
                        assertThat(r.key()).isEqualTo(MAC.value());
                        changes.add(SyncStateChanged.parseFrom(r.value()));
                    }
                }
                assertThat(changes).extracting(SyncStateChanged::getSequence).containsExactly(1L, 2L, 3L);
                assertThat(changes.get(1).getStatus()).isEqualTo(io.multicell.proto.manager.v1.BaseStationStatus.OFFLINE);
                assertThat(changes.get(1).getPreviousStatus()).isEqualTo(io.multicell.proto.manager.v1.BaseStationStatus.SYNC);
                assertThat(changes.get(0).getRfpi()).isEqualTo("1234567803");
                assertThat(changes.get(0).getSource()).isEqualTo("dect-manager");
                var incident = IncidentOccurred.parseFrom(records.stream()
                        .filter(r -> r.topic().equals("multicell.incidents.v1")).findFirst().orElseThrow().value());
                assertThat(incident.getCode()).isEqualTo("BASE_STATION_OFFLINE");
                assertThat(incident.getBaseMac()).isEqualTo(MAC.value());

                // Handset events: keyed by IPUI, each on its topic, roams in the order raised.
                List<HandsetRoamed> roams = new ArrayList<>();
                for (var r : records) {
                    if (r.topic().equals("multicell.roaming.v1")) {
                        assertThat(r.key()).isEqualTo(IPUI.value());
                        roams.add(HandsetRoamed.parseFrom(r.value()));
                    }
                }
                assertThat(roams).extracting(HandsetRoamed::getFromRfpi, HandsetRoamed::getToRfpi).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1234567801", "1234567802"),
                        org.assertj.core.groups.Tuple.tuple("1234567802", ""));
                assertThat(roams.get(0).getIpui()).isEqualTo(IPUI.value());
                var registration = HandsetRegistrationChanged.parseFrom(records.stream()
                        .filter(r -> r.topic().equals("multicell.registration.v1")).findFirst().orElseThrow().value());
                assertThat(registration.getStatus()).isEqualTo("Not registered");
                assertThat(registration.getEntryId()).isEqualTo("hs-1");
                assertThat(registration.getIpui()).isEqualTo(IPUI.value());

                // The producer's own metrics are exported under its client id, and counted what it sent.
                assertThat(meters.find("kafka.producer.record.send.total").tag("client.id", "dect-manager-DM1")
                        .functionCounters().stream().mapToDouble(FunctionCounter::count).sum()).isGreaterThanOrEqualTo(7);
            }
        } finally {
            publisher.close();
        }
        assertThat(meters.find("kafka.producer.record.send.total").meters()).as("removed with the producer").isEmpty();
    }

    private static HandsetRoam roam(MacAddress from, MacAddress to) {
        return new HandsetRoam(UUID.randomUUID(), Instant.now(), IPUI, from, rfpi(from), to, rfpi(to));
    }

    // The third base is pending: no RFPI.
    private static Optional<Rfpi> rfpi(MacAddress base) {
        return base.equals(C_BASE) ? Optional.empty() : Optional.of(new Rfpi(new Pari(0x12345678L), new Rpn(base.equals(A_BASE) ? 1 : 2)));
    }

    private static SyncStateChange change(long sequence, BaseStationStatus status) {
        Optional<BaseStationStatus> previous = sequence == 1 ? Optional.empty()
                : Optional.of(status == BaseStationStatus.SYNC ? BaseStationStatus.OFFLINE : BaseStationStatus.SYNC);
        return new SyncStateChange(UUID.randomUUID(), Instant.now(), MAC, RFPI, "Hall", 1, 1, previous, status,
                status == BaseStationStatus.SYNC ? "1" : "", Optional.empty(), Optional.empty(), sequence);
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "publisher-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer.subscribe(List.of("multicell.sync.v1", "multicell.incidents.v1", "multicell.roaming.v1", "multicell.registration.v1"));
        return consumer;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static DectManagerConfig config() {
        return new DectManagerConfig() {
            @Override
            public String name() {
                return "DM1";
            }

            @Override
            public int rpnGroup() {
                return 0;
            }

            @Override
            public Duration offlineAfter() {
                return Duration.ofSeconds(3);
            }

            @Override
            public Duration tickInterval() {
                return Duration.ofMillis(500);
            }

            @Override
            public Handsets handsets() {
                throw new UnsupportedOperationException("not used by the publisher");
            }

            @Override
            public Calls calls() {
                throw new UnsupportedOperationException("not used by the publisher");
            }

            @Override
            public Events events() {
                return new Events() {
                    @Override
                    public String source() {
                        return "dect-manager";
                    }

                    @Override
                    public Duration retryBackoff() {
                        return Duration.ofMillis(200);
                    }

                    @Override
                    public Duration retryBackoffMax() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public int queueCapacity() {
                        return 100;
                    }

                    @Override
                    public Duration maxBlock() {
                        return Duration.ofSeconds(1);
                    }
                };
            }
        };
    }
}
