package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.cluster.ServiceProcess;
import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    @Test
    void theCallPathRunsWithTheFullJitAndAProductionHeapTheIntegratorWithTheLaunchersOptions() {
        var jvm = ServiceJvmOptions.CALL_PATH_AS_PRODUCTION;

        for (String service : new String[] {"sip-gateway", "dect-manager", "base-station-1", "base-station-13", "handset-simulator"}) {
            assertThat(jvm.of(service)).as(service).containsExactly("-XX:+UseSerialGC", "-Xmx384m", "-XX:+ExitOnOutOfMemoryError")
                    .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
        }
        assertThat(jvm.of("integrator")).isEqualTo(ServiceProcess.SERVICE_JVM_OPTIONS);
        assertThat(jvm.describe("  ")).contains("-Xmx384m", "full tiered JIT", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void smallOptionsAreTheLaunchersForEveryService() {
        assertThat(ServiceJvmOptions.SMALL.of("sip-gateway")).isEqualTo(ServiceProcess.SERVICE_JVM_OPTIONS);
        assertThat(ServiceJvmOptions.SMALL.describe("  ")).contains("every service", "-XX:TieredStopAtLevel=1");
    }
}
