package io.multicell.base.voice;

import io.multicell.core.InvalidValueException;
import java.net.InetSocketAddress;

/** A peer's voice socket as it names it on the wire: "host:port" ("[v6]:port" for IPv6). */
public final class VoiceAddress {

    private VoiceAddress() {
    }

    /**
     * @throws InvalidValueException naming {@code field} when the text is not host:port with a port 1..65535 or the
     *     host does not resolve
     */
    public static InetSocketAddress parse(String field, String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new InvalidValueException(field, "must be host:port");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "port must be a number 1..65535");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidValueException(field, "port must be 1..65535");
        }
        var address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new InvalidValueException(field, "host " + host + " does not resolve");
        }
        return address;
    }
}
