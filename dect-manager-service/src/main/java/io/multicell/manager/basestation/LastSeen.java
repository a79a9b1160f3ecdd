package io.multicell.manager.basestation;

/** What the DM last heard from a planned base in its Hello; kept across restarts so offline bases still show it. */
public record LastSeen(String firmware, String ipAddress, boolean local) {

    public static final LastSeen NEVER = new LastSeen("", "", false);
}
