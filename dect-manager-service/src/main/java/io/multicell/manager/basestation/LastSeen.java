package io.multicell.manager.basestation;

/**
 * What the DM last heard from a planned base in its Hello; kept across restarts so offline bases still show it.
 *
 * @param airEndpoint host:port of the base's AirInterface; empty when never reported
 */
public record LastSeen(String firmware, String ipAddress, boolean local, String airEndpoint) {

    public static final LastSeen NEVER = new LastSeen("", "", false, "");

    public LastSeen {
        airEndpoint = airEndpoint == null ? "" : airEndpoint;
    }
}
