package io.multicell.integrator.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.multicell.integrator.persistence.IncidentRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumes the incidents topic on its own thread and stores each incident once. Offsets are committed only after
 * the batch is stored, so a crash redelivers rather than loses; the unique event id makes redelivery harmless.
 * A broker that is down at start (or later) only delays consumption: the client keeps reconnecting.
 */
@ApplicationScoped
public class IncidentConsumer {

    private static final Logger LOG = Logger.getLogger(IncidentConsumer.class);

    private final IncidentRepository repository;
    private final IncidentConfig config;
    private final String bootstrapServers;
    private final Clock clock;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter unreadable;
    private final MeterRegistry registry;

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    /**
     * The consumer's own metrics in /q/metrics (kafka_consumer_*, e.g. fetch_manager_records_lag_max, which the
     * KafkaConsumerLagging alert watches). Quarkus instruments only the Kafka clients it creates, not this one.
     */
    private KafkaClientMetrics consumerMetrics;

    public IncidentConsumer(IncidentRepository repository, IncidentConfig config,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Clock clock,
                            MeterRegistry registry) {
        this.repository = repository;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
        this.registry = registry;
        this.stored = counter(registry, "stored");
        this.duplicates = counter(registry, "duplicate");
        this.unreadable = counter(registry, "unreadable");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("multicell.integrator.incidents.received")
                .description("Incident events consumed, by result")
                .tag("result", result)
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        consumer = new KafkaConsumer<>(properties());
        consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(registry);
        thread = new Thread(this::run, "incident-consumer");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Consuming %s from %s as group %s", config.topic(), bootstrapServers, config.groupId());
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        if (consumerMetrics != null) {
            consumerMetrics.close();
        }
    }

    private Properties properties() {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "integrator-incidents");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Incidents raised while the integrator was down are still wanted.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Notice the topic soon after a producer creates it, instead of after the default five minutes.
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        return props;
    }

    private void run() {
        Instant retryAt = null;
        try (KafkaConsumer<String, byte[]> kafka = consumer) {
            kafka.subscribe(List.of(config.topic()));
            while (running) {
                if (retryAt != null && !clock.instant().isBefore(retryAt)) {
                    kafka.resume(kafka.paused());
                    retryAt = null;
                }
                ConsumerRecords<String, byte[]> records = kafka.poll(config.pollTimeout());
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    store(records);
                    kafka.commitSync(nextOffsets(records));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Cannot store %d incidents; retrying in %s", records.count(), config.retryBackoff());
                    rewind(kafka, records);
                    kafka.pause(kafka.assignment());
                    retryAt = clock.instant().plus(config.retryBackoff());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("Incident consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("Incident consumer stopped", e);
        }
    }

    private void store(ConsumerRecords<String, byte[]> records) {
        Instant now = clock.instant();
        List<Incident> incidents = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            String fallbackId = "kafka:" + record.topic() + "-" + record.partition() + "-" + record.offset();
            try {
                incidents.add(IncidentEventMapper.fromRecord(record.value(), fallbackId, now));
            } catch (IllegalArgumentException e) {
                // A poison record must not block the topic: count it, log it, move on.
                unreadable.increment();
                LOG.warnf("Skipping unreadable incident at %s: %s", fallbackId, e.getMessage());
            }
        }
        int inserted = repository.storeNew(incidents);
        stored.increment(inserted);
        duplicates.increment(incidents.size() - inserted);
        if (inserted > 0) {
            LOG.debugf("Stored %d new incidents (%d duplicates)", inserted, incidents.size() - inserted);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private static void rewind(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            kafka.seek(partition, records.records(partition).get(0).offset());
        }
    }
}
