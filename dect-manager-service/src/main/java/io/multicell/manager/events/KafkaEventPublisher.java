package io.multicell.manager.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.multicell.manager.config.DectManagerConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the DM's events to Kafka in the order they were raised, without ever blocking the caller.
 *
 * <p>One record is in flight at a time and a record leaves the queue only once Kafka acknowledged it
 * (acks=all, idempotent producer), so a broker that is down delays events but never reorders or loses them:
 * they are retried with a growing back-off. Consumers are idempotent by event_id, so a retried record that had
 * in fact arrived does no harm.
 */
@Startup // so the state-change counter is exported from the start, not from the first event
@ApplicationScoped
public class KafkaEventPublisher implements EventSink {

    private static final Logger LOG = Logger.getLogger(KafkaEventPublisher.class);
    /** Failures of one record that are not the broker being away, after which it is given up. */
    private static final int MAX_FATAL_ATTEMPTS = 5;

    private final String bootstrapServers;
    private final DectManagerConfig.Events settings;
    private final String clientId;
    private final Counter stateChanges;
    private final IncidentMetrics incidents;
    private final MeterRegistry meters;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "dm-event-publisher");
        t.setDaemon(true);
        return t;
    });

    // Everything below is touched only on the sender thread.
    private final Deque<ProducerRecord<String, byte[]>> queue = new ArrayDeque<>();
    private volatile KafkaProducer<String, byte[]> producer;
    /** The producer's own metrics (kafka_producer_*) in /q/metrics, for as long as that producer lives. */
    private KafkaClientMetrics producerMetrics;
    private boolean busy;
    private Duration backoff;
    private int fatalAttempts;
    private boolean failing;

    KafkaEventPublisher(DectManagerConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                        MeterRegistry meters, IncidentMetrics incidents) {
        this.meters = meters;
        this.incidents = incidents;
        this.bootstrapServers = bootstrapServers;
        this.settings = config.events();
        this.clientId = "dect-manager-" + config.name();
        this.backoff = settings.retryBackoff();
        this.stateChanges = Counter.builder("multicell.sync.state_changes")
                .description("SyncStateChanged events raised by the DM")
                .register(meters);
    }

    @Override
    public void publish(DectManagerEvent event) {
        var record = new ProducerRecord<>(EventMessages.topicOf(event), event.key(),
                EventMessages.payloadOf(event, settings.source()));
        if (event instanceof SyncStateChange) {
            stateChanges.increment();
        } else if (event instanceof Incident incident) {
            incidents.raised(incident);
        }
        try {
            sender.execute(() -> {
                enqueue(record);
                sendNext();
            });
        } catch (RejectedExecutionException stopping) {
            LOG.warnf("shutting down: event for %s on %s not published", record.key(), record.topic());
        }
    }

    @PreDestroy
    void close() {
        sender.shutdownNow();
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(2));
        }
        closeProducerMetrics();
        if (!queue.isEmpty()) {
            LOG.warnf("shutting down with %d unpublished event(s)", queue.size());
        }
    }

    private void enqueue(ProducerRecord<String, byte[]> record) {
        if (queue.size() >= settings.queueCapacity()) {
            Iterator<ProducerRecord<String, byte[]>> it = queue.iterator();
            if (busy) {
                it.next(); // the head may be in flight: drop the next oldest instead
            }
            ProducerRecord<String, byte[]> dropped = it.next();
            it.remove();
            LOG.errorf("event queue full (%d): dropped the oldest event for %s on %s", settings.queueCapacity(),
                    dropped.key(), dropped.topic());
        }
        queue.addLast(record);
    }

    private void sendNext() {
        if (busy || queue.isEmpty()) {
            return;
        }
        ProducerRecord<String, byte[]> record = queue.peekFirst();
        busy = true;
        KafkaProducer<String, byte[]> kafka;
        try {
            kafka = producer();
        } catch (RuntimeException unresolvable) {
            // e.g. a bootstrap host name that does not resolve yet: like a broker that is away, try again later.
            retryLater(record, new RetriableException("cannot create the Kafka producer: " + unresolvable.getMessage()) {
            });
            return;
        }
        try {
            kafka.send(record, (metadata, error) -> {
                try {
                    sender.execute(() -> completed(record, error));
                } catch (RejectedExecutionException stopping) {
                    // shutting down: nothing left to do with the result
                }
            });
        } catch (RuntimeException error) {
            completed(record, error);
        }
    }

    private void completed(ProducerRecord<String, byte[]> record, Exception error) {
        if (error == null) {
            queue.pollFirst();
            busy = false;
            fatalAttempts = 0;
            backoff = settings.retryBackoff();
            if (failing) {
                failing = false;
                LOG.infof("Kafka reachable again; %d event(s) still queued", queue.size());
            }
            sendNext();
            return;
        }
        if (!(error instanceof RetriableException)) {
            // The producer itself may be unusable now (e.g. fatal idempotence error): start a fresh one.
            resetProducer();
            if (++fatalAttempts >= MAX_FATAL_ATTEMPTS) {
                LOG.errorf(error, "giving up on the event for %s on %s", record.key(), record.topic());
                queue.pollFirst();
                fatalAttempts = 0;
                busy = false;
                sendNext();
                return;
            }
        }
        retryLater(record, error);
    }

    private void retryLater(ProducerRecord<String, byte[]> record, Exception error) {
        if (!failing) {
            failing = true;
            LOG.warnf("could not publish to %s (%s); retrying with back-off, %d event(s) queued", record.topic(),
                    error.getMessage(), queue.size());
        } else {
            LOG.debugf("publish to %s failed again: %s", record.topic(), error.getMessage());
        }
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(settings.retryBackoffMax()) > 0 ? settings.retryBackoffMax() : backoff.multipliedBy(2);
        sender.schedule(() -> {
            busy = false;
            sendNext();
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            var props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.maxBlock().toMillis());
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(props);
            producerMetrics = new KafkaClientMetrics(producer);
            producerMetrics.bindTo(meters);
        }
        return producer;
    }

    private void resetProducer() {
        KafkaProducer<String, byte[]> old = producer;
        producer = null;
        closeProducerMetrics();
        if (old != null) {
            old.close(Duration.ZERO);
        }
    }

    private void closeProducerMetrics() {
        KafkaClientMetrics m = producerMetrics;
        producerMetrics = null;
        if (m != null) {
            m.close(); // removes the meters of the closed producer from the registry
        }
    }
}
