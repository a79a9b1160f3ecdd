package io.multicell.manager;

import io.multicell.proto.events.v1.HandsetRegistrationChanged;
import io.multicell.proto.events.v1.HandsetRoamed;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.SyncStateChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the DM's topics on the real test broker from the beginning; call {@link #poll()} from one thread only. */
final class EventWatcher implements AutoCloseable {

    static final String SYNC_TOPIC = "multicell.sync.v1";
    static final String INCIDENT_TOPIC = "multicell.incidents.v1";
    static final String ROAMING_TOPIC = "multicell.roaming.v1";
    static final String REGISTRATION_TOPIC = "multicell.registration.v1";
    static final String HANDOVER_TOPIC = "multicell.handover.v1";
    static final List<String> TOPICS = List.of(SYNC_TOPIC, INCIDENT_TOPIC, ROAMING_TOPIC, REGISTRATION_TOPIC, HANDOVER_TOPIC);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

    EventWatcher(String bootstrapServers) throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Fetches what arrived since the last call. */
    EventWatcher poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return this;
    }

    List<SyncStateChanged> syncChanges(String mac) {
        return records.stream()
                .filter(r -> r.topic().equals(SYNC_TOPIC) && mac.equals(r.key()))
                .map(r -> parse(() -> SyncStateChanged.parseFrom(r.value())))
                .toList();
    }

    List<IncidentOccurred> incidents(String mac) {
        return records.stream()
                .filter(r -> r.topic().equals(INCIDENT_TOPIC) && mac.equals(r.key()))
                .map(r -> parse(() -> IncidentOccurred.parseFrom(r.value())))
                .toList();
    }

    /** Roams of one handset, in the order of the topic (key IPUI). */
    List<HandsetRoamed> roams(String ipui) {
        return records.stream()
                .filter(r -> r.topic().equals(ROAMING_TOPIC) && ipui.equals(r.key()))
                .map(r -> parse(() -> HandsetRoamed.parseFrom(r.value())))
                .toList();
    }

    /** Registration changes and refusals of one handset, in order (key IPUI). */
    List<HandsetRegistrationChanged> registrations(String ipui) {
        return records.stream()
                .filter(r -> r.topic().equals(REGISTRATION_TOPIC) && ipui.equals(r.key()))
                .map(r -> parse(() -> HandsetRegistrationChanged.parseFrom(r.value())))
                .toList();
    }

    /** Handovers of one handset, in order (key IPUI). */
    List<io.multicell.proto.events.v1.HandoverCompleted> handovers(String ipui) {
        return records.stream()
                .filter(r -> r.topic().equals(HANDOVER_TOPIC) && ipui.equals(r.key()))
                .map(r -> parse(() -> io.multicell.proto.events.v1.HandoverCompleted.parseFrom(r.value())))
                .toList();
    }

    private interface Parser<T> {
        T parse() throws com.google.protobuf.InvalidProtocolBufferException;
    }

    private static <T> T parse(Parser<T> parser) {
        try {
            return parser.parse();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("record is not the expected protobuf message", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
