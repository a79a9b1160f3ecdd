package io.multicell.integrator.floorplan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.PlanCoordinator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Follows the roaming, handover, registration and sync topics on its own thread and hands each event to the
 * {@link FloorPlanStream}. This thread alone owns the RFPI → MAC lookup it needs for roaming events.
 *
 * <p>Every integrator instance wants every event, so each uses a group of its own and commits nothing. On start it
 * skips history (the snapshot is read from the DM); a topic that appears later (the DM creates the roaming topic
 * with its first roam) is read from its beginning, so that first roam is not lost.
 */
@ApplicationScoped
public class FloorPlanConsumer {

    private static final Logger LOG = Logger.getLogger(FloorPlanConsumer.class);
    /** An RFPI the plan does not know is looked up again at most this often (a base confirmed meanwhile). */
    private static final Duration RFPI_REFRESH = Duration.ofSeconds(1);

    private final FloorPlanConfig config;
    private final FloorPlanStream stream;
    private final PlanCoordinator plan;
    private final String bootstrapServers;
    private final Clock clock;
    private final Counter unreadable;
    private final FloorPlanEventMapper mapper;

    private volatile boolean running;
    private volatile boolean assigned;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private Map<String, String> macByRfpi = Map.of();
    private Instant rfpisReadAt = Instant.MIN;

    public FloorPlanConsumer(FloorPlanConfig config, FloorPlanStream stream, PlanCoordinator plan,
                             @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Clock clock,
                             MeterRegistry registry) {
        this.config = config;
        this.stream = stream;
        this.plan = plan;
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
        this.unreadable = Counter.builder("multicell.integrator.floor_plan.unreadable")
                .description("Records of the followed topics that could not be read")
                .register(registry);
        this.mapper = new FloorPlanEventMapper(config, this::macOfRfpi);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        consumer = new KafkaConsumer<>(properties());
        thread = new Thread(this::run, "floor-plan-consumer");
        thread.setDaemon(true);
        thread.start();
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
    }

    /** True once partitions of the followed topics are assigned: events published from then on reach the clients. */
    public boolean following() {
        return assigned;
    }

    private Properties properties() {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "integrator-floor-plan-" + UUID.randomUUID());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "integrator-floor-plan");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A topic created after start is noticed within this time (its first events are then read from the beginning).
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "2000");
        return props;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = consumer) {
            kafka.subscribe(List.of(config.roamingTopic(), config.handoverTopic(), config.registrationTopic(), config.syncTopic()),
                    new SkipHistoryOnce(kafka));
            LOG.infof("Floor plan follows %s, %s, %s, %s on %s", config.roamingTopic(), config.handoverTopic(),
                    config.registrationTopic(), config.syncTopic(), bootstrapServers);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(config.pollTimeout())) {
                    handle(record);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("Floor plan consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("Floor plan consumer stopped", e);
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        try {
            mapper.map(record.topic(), record.value()).ifPresent(stream::publish);
        } catch (com.google.protobuf.InvalidProtocolBufferException | RuntimeException e) {
            // A poison record must not stop the live view.
            unreadable.increment();
            LOG.warnf("Skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    private Optional<String> macOfRfpi(String rfpi) {
        String mac = macByRfpi.get(rfpi);
        Instant now = clock.instant();
        if (mac == null && !now.isBefore(rfpisReadAt.plus(RFPI_REFRESH))) {
            rfpisReadAt = now;
            Map<String, String> read = new HashMap<>();
            for (ConfirmedBase base : plan.current().bases()) {
                base.radioIdentity().ifPresent(radio -> read.put(radio.rfpi().toString().toUpperCase(), base.mac().value()));
            }
            macByRfpi = read;
            mac = read.get(rfpi);
        }
        return Optional.ofNullable(mac);
    }

    /**
     * Partitions assigned at start begin at their end; partitions of topics created later begin at their start; a
     * partition taken away by a rebalance (a new topic appeared) and given back continues where it was, since this
     * group commits nothing.
     */
    private final class SkipHistoryOnce implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, byte[]> kafka;
        private final Map<TopicPartition, Long> positions = new HashMap<>();
        private boolean first = true;

        SkipHistoryOnce(KafkaConsumer<String, byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (first) {
                kafka.seekToEnd(partitions);
                first = false;
            } else {
                for (TopicPartition partition : partitions) {
                    Long position = positions.get(partition);
                    if (position != null) {
                        kafka.seek(partition, position);
                    }
                }
            }
            assigned = true;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                positions.put(partition, kafka.position(partition));
            }
        }
    }
}
