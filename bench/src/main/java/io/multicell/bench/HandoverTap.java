package io.multicell.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import io.multicell.proto.events.v1.HandoverCompleted;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A consumer of the DM's HandoverCompleted events (multicell.handover.v1) on its own thread. */
final class HandoverTap implements AutoCloseable {

    static final String TOPIC = "multicell.handover.v1";

    /** One HandoverCompleted: whose, whether the call survived, and the DM's decision → media on the new base. */
    record Handover(String ipui, boolean success, Duration duration, String fromBase, String toBase, String reason) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Handover> handovers = new ConcurrentLinkedQueue<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    HandoverTap(String bootstrapServers) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(TOPIC));
        thread = new Thread(this::run, "bench-handover-tap");
        thread.setDaemon(true);
        thread.start();
    }

    void awaitAssignment(Duration timeout) {
        try {
            if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BenchmarkException("the Kafka consumer got no partition of " + TOPIC + " within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted", e);
        }
    }

    List<Handover> handovers() {
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(handovers);
    }

    int count() {
        return handovers.size();
    }

    private void run() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!consumer.assignment().isEmpty()) {
                    assigned.countDown();
                }
                for (var record : records) {
                    try {
                        var h = HandoverCompleted.parseFrom(record.value());
                        handovers.add(new Handover(h.getIpui(), h.getSuccess(),
                                Duration.ofSeconds(h.getDuration().getSeconds(), h.getDuration().getNanos()),
                                h.getFromBaseMac(), h.getToBaseMac(), h.getReason()));
                    } catch (InvalidProtocolBufferException e) {
                        failure = new BenchmarkException("a record on " + TOPIC + " (key " + record.key() + ") is no HandoverCompleted: " + e);
                    }
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
