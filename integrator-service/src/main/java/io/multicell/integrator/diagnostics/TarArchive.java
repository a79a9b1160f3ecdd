package io.multicell.integrator.diagnostics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tar archive (POSIX ustar) of regular files, written in memory: 512-byte header per file, the content padded to 512
 * bytes, two zero blocks at the end. Enough for the diagnostics download; no dependency on the classpath writes tar.
 */
public final class TarArchive {

    private static final int BLOCK = 512;
    /** ustar keeps names up to 100 bytes in the name field (longer ones would need the prefix field; ours are short). */
    static final int MAX_NAME = 100;
    /** Octal size field of 11 digits. */
    static final long MAX_SIZE = 077777777777L;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> names = new ArrayList<>();
    private boolean finished;

    /** Adds a regular file (mode 0644) modified at {@code modified}. */
    public TarArchive add(String name, byte[] content, Instant modified) {
        if (finished) {
            throw new IllegalStateException("archive already finished");
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length == 0 || nameBytes.length > MAX_NAME || name.startsWith("/") || name.contains("..")) {
            throw new IllegalArgumentException("not a tar entry name: " + name);
        }
        if (names.contains(name)) {
            throw new IllegalArgumentException("entry twice: " + name);
        }
        byte[] header = new byte[BLOCK];
        System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
        octal(header, 100, 8, 0644);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, content.length);
        octal(header, 136, 12, Math.max(0, modified.getEpochSecond()));
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        ascii(header, 257, "ustar\0");
        ascii(header, 263, "00");
        ascii(header, 265, "multicell");
        ascii(header, 297, "multicell");
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        // Checksum: six octal digits, NUL, space.
        ascii(header, 148, String.format("%06o", sum));
        header[154] = 0;
        header[155] = ' ';
        out.writeBytes(header);
        out.writeBytes(content);
        int pad = (BLOCK - content.length % BLOCK) % BLOCK;
        out.writeBytes(new byte[pad]);
        names.add(name);
        return this;
    }

    public TarArchive add(String name, String text, Instant modified) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), modified);
    }

    /** The names in the order they were added. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The archive with its end-of-archive marker; nothing can be added after. */
    public byte[] finish() {
        if (!finished) {
            out.writeBytes(new byte[2 * BLOCK]);
            finished = true;
        }
        return out.toByteArray();
    }

    private static void octal(byte[] header, int offset, int length, long value) {
        if (value > MAX_SIZE) {
            throw new IllegalArgumentException("too big for a tar header: " + value);
        }
        String digits = String.format("%0" + (length - 1) + "o", value);
        ascii(header, offset, digits);
        header[offset + length - 1] = 0;
    }

    private static void ascii(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
