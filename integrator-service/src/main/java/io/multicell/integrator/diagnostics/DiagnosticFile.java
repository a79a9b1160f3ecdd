package io.multicell.integrator.diagnostics;

import java.util.List;

/** One diagnostics download: its file name, the tar bytes and the entries in it. */
public record DiagnosticFile(String fileName, byte[] tar, List<String> entries) {

    public static final String MEDIA_TYPE = "application/x-tar";
}
