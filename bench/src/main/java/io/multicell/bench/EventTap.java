package io.multicell.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.multicell.proto.events.v1.HandsetRegistrationChanged;
import io.multicell.proto.events.v1.HandsetRoamed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer of the roaming and registration topics on its own thread, as any downstream service would read them:
 * it notes when each record came out of {@code poll()}, next to the event's own occurred_at.
 */
final class EventTap implements AutoCloseable {

    static final String ROAMING = "multicell.roaming.v1";
    static final String REGISTRATION = "multicell.registration.v1";

    /** A HandsetRoamed and when this consumer got it. */
    record Roam(String ipui, String fromRfpi, String toRfpi, Instant occurredAt, Instant consumedAt) {
    }

    /** A HandsetRegistrationChanged and when this consumer got it. */
    record Registration(String ipui, String status, String reason, Instant occurredAt, Instant consumedAt) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Roam> roams = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Registration> registrations = new ConcurrentLinkedQueue<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    EventTap(String bootstrapServers) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(ROAMING, REGISTRATION));
        thread = new Thread(this::run, "bench-event-tap");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the consumer owns its partitions, so no later event is read late because of a rebalance. */
    void awaitAssignment(Duration timeout) {
        try {
            if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BenchmarkException("the Kafka consumer got no partitions of " + ROAMING + " and " + REGISTRATION
                        + " within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted", e);
        }
    }

    List<Roam> roams() {
        checkHealthy();
        return List.copyOf(roams);
    }

    List<Registration> registrations() {
        checkHealthy();
        return List.copyOf(registrations);
    }

    private void checkHealthy() {
        if (failure != null) {
            throw failure;
        }
    }

    private void run() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(200));
                Instant consumedAt = Instant.now();
                if (consumer.assignment().size() >= 2) {
                    assigned.countDown();
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    take(record, consumedAt);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = new BenchmarkException("the Kafka consumer failed: " + e, e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void take(ConsumerRecord<String, byte[]> record, Instant consumedAt) {
        try {
            if (ROAMING.equals(record.topic())) {
                var roam = HandsetRoamed.parseFrom(record.value());
                roams.add(new Roam(roam.getIpui(), roam.getFromRfpi(), roam.getToRfpi(), instant(roam.getOccurredAt()), consumedAt));
            } else {
                var change = HandsetRegistrationChanged.parseFrom(record.value());
                registrations.add(new Registration(change.getIpui(), change.getStatus(), change.getReason(),
                        instant(change.getOccurredAt()), consumedAt));
            }
        } catch (InvalidProtocolBufferException e) {
            failure = new BenchmarkException("a record on " + record.topic() + " (key " + record.key() + ") is no event: " + e);
        }
    }

    private static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
