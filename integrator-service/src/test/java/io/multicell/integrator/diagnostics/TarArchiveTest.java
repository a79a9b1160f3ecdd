package io.multicell.integrator.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar writer against the system's own tar: it lists the entries and extracts them byte for byte. */
class TarArchiveTest {

    @TempDir
    Path dir;

    @Test
    void tarListsAndExtractsWhatWasWritten() throws Exception {
        byte[] exactBlock = new byte[512];
        java.util.Arrays.fill(exactBlock, (byte) 'x');
        byte[] archive = new TarArchive()
                .add("services.txt", "integrator 1.0\n", Instant.parse("2026-11-27T10:00:00Z"))
                .add("empty.csv", new byte[0], Instant.parse("2026-11-27T10:00:00Z"))
                .add("block.bin", exactBlock, Instant.parse("2026-11-27T10:00:00Z"))
                .add("7C2F80000001_1.0_2026-11-27_device-settings.json", "{\"a\":\"\u00e4\"}", Instant.EPOCH)
                .finish();
        assertThat(archive.length % 512).isZero();
        Path file = dir.resolve("d.tar");
        Files.write(file, archive);

        assertThat(run("tar", "-tf", file.toString())).isEqualTo(
                "services.txt\nempty.csv\nblock.bin\n7C2F80000001_1.0_2026-11-27_device-settings.json\n");
        run("tar", "-xf", file.toString(), "-C", dir.toString());
        assertThat(Files.readString(dir.resolve("services.txt"))).isEqualTo("integrator 1.0\n");
        assertThat(Files.size(dir.resolve("empty.csv"))).isZero();
        assertThat(Files.readAllBytes(dir.resolve("block.bin"))).isEqualTo(exactBlock);
        assertThat(Files.readString(dir.resolve("7C2F80000001_1.0_2026-11-27_device-settings.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":\"\u00e4\"}");
        assertThat(run("tar", "-tvf", file.toString())).contains("2026-11-27");
    }

    @Test
    void namesThatTarCannotHoldOrThatEscapeAreRefused() {
        var tar = new TarArchive().add("a.txt", "", Instant.EPOCH);
        assertThatThrownBy(() -> tar.add("a.txt", "", Instant.EPOCH)).hasMessageContaining("twice");
        assertThatThrownBy(() -> tar.add("../etc/passwd", "", Instant.EPOCH)).hasMessageContaining("not a tar entry name");
        assertThatThrownBy(() -> tar.add("x".repeat(101), "", Instant.EPOCH)).hasMessageContaining("not a tar entry name");
    }

    private String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
