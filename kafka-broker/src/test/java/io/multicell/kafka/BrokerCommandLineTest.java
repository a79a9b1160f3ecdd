package io.multicell.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BrokerCommandLineTest {

    @Test
    void noOptionsGiveTheLocalMiniMulticellDefaults() {
        assertThat(BrokerCommandLine.parse())
                .isEqualTo(new BrokerCommandLine(Path.of("deploy/local/run/data/kafka"), 19092, 19093));
    }

    @Test
    void everyOptionOverridesItsDefault() {
        assertThat(BrokerCommandLine.parse("--port", "29092", "--data-dir", "/tmp/k", "--controller-port", "29093"))
                .isEqualTo(new BrokerCommandLine(Path.of("/tmp/k"), 29092, 29093));
    }

    @Test
    void badOptionsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> BrokerCommandLine.parse("--port", "abc")).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> BrokerCommandLine.parse("--port", "70000")).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> BrokerCommandLine.parse("--verbose", "x")).hasMessageContaining("unknown option --verbose");
        assertThatThrownBy(() -> BrokerCommandLine.parse("--port")).hasMessageContaining("missing value for --port");
        assertThatThrownBy(() -> BrokerCommandLine.parse("--port", "1", "--controller-port", "1"))
                .hasMessageContaining("must differ");
    }
}
