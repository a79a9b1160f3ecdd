package io.multicell.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs {@link TinyService} into a runnable jar, so that it starts exactly like a quarkus-run.jar. */
final class TinyServiceJar {

    static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();
    static final Path MAIN_CLASSES = Path.of("target/classes").toAbsolutePath();

    private TinyServiceJar() {
    }

    static Path build(Path dir) {
        Path jar = dir.resolve("tiny-run.jar");
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, TinyService.class.getName());
        Path classes = TEST_CLASSES.resolve("io/multicell/cluster");
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file, manifest);
                var entries = Files.list(classes)) {
            for (Path clazz : entries.filter(p -> p.getFileName().toString().equals("TinyService.class")
                    || p.getFileName().toString().startsWith("TinyService$")).toList()) {
                out.putNextEntry(new JarEntry("io/multicell/cluster/" + clazz.getFileName()));
                Files.copy(clazz, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
