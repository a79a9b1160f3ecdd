package io.multicell.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void thisProcessStartedBeforeNowAndNamesItsVersion() {
        var process = ServiceProcess.current("1.2.3");

        assertThat(process.version()).isEqualTo("1.2.3");
        assertThat(process.startedAt()).isBefore(Instant.now()).isAfter(Instant.now().minusSeconds(3600));
    }

    @Test
    void aMissingVersionIsShownAsUnknown() {
        assertThat(ServiceProcess.current("").version()).isEqualTo("unknown");
        assertThat(ServiceProcess.current(null).version()).isEqualTo("unknown");
    }
}
