package io.multicell.integrator.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.IncidentSeverity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentEventMapperTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void anIncidentKeepsEverythingTheProducerSaid() {
        byte[] payload = IncidentOccurred.newBuilder()
                .setEventId("e-1").setOccurredAt(Timestamp.newBuilder().setSeconds(1_700_000_000L).setNanos(5_000_000))
                .setSource("dect-manager").setSeverity(IncidentSeverity.CRITICAL).setCode("BASE_STATION_OFFLINE")
                .setMessage("Base Hall is offline").setBaseMac("7c2f80000001").setBaseName("Hall")
                .build().toByteArray();

        Incident incident = IncidentEventMapper.fromRecord(payload, "kafka:t-0-1", RECEIVED);

        assertThat(incident.eventId()).isEqualTo("e-1");
        assertThat(incident.occurredAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 5_000_000));
        assertThat(incident.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(incident.code()).isEqualTo("BASE_STATION_OFFLINE");
        assertThat(incident.message()).isEqualTo("Base Hall is offline");
        assertThat(incident.baseMac()).isEqualTo("7C:2F:80:00:00:01");
        assertThat(incident.baseName()).isEqualTo("Hall");
        assertThat(incident.source()).isEqualTo("dect-manager");
        assertThat(incident.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void missingIdentityAndTimeAreFilledInFromTheRecord() {
        byte[] payload = IncidentOccurred.newBuilder().setCode("X").build().toByteArray();

        Incident incident = IncidentEventMapper.fromRecord(payload, "kafka:t-0-7", RECEIVED);

        assertThat(incident.eventId()).isEqualTo("kafka:t-0-7");
        assertThat(incident.occurredAt()).isEqualTo(RECEIVED);
        assertThat(incident.severity()).isEqualTo(Severity.INFO);
        assertThat(incident.baseMac()).isNull();
        assertThat(incident.baseName()).isNull();
    }

    @Test
    void bytesThatAreNotAnIncidentAreRefused() {
        assertThatThrownBy(() -> IncidentEventMapper.fromRecord(new byte[] {(byte) 0xFF, 0x01, 0x02}, "k", RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
