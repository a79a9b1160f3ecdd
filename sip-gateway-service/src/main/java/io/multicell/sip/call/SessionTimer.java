package io.multicell.sip.call;

import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

import javax.sip.header.Header;
import javax.sip.message.Message;

/**
 * The session timer of a call (RFC 4028) as the gateway agrees it: the interval (the VoIP settings' session timer,
 * 1800 s by default, or less when the peer asks) and who refreshes. The refresher refreshes at half the interval; the
 * other side ends the session when no refresh came by the interval less min(32 s, a third of it).
 *
 * @param intervalSeconds the agreed Session-Expires
 * @param weRefresh whether the gateway sends the refreshes
 */
record SessionTimer(long intervalSeconds, boolean weRefresh) {

    /** The smallest interval the gateway accepts (Min-SE), the manual's minimum session timer. */
    static final long MIN_SE = 90;
    static final String SESSION_EXPIRES = "Session-Expires";
    static final String MIN_SE_HEADER = "Min-SE";
    static final String TIMER = "timer";

    /** The Session-Expires of a request or response: seconds and the refresher parameter ("uac", "uas"), if any. */
    record SessionExpires(long seconds, Optional<String> refresher) {

        /** Session-Expires (or its compact form x) of a message; empty when absent or unreadable. */
        static Optional<SessionExpires> of(Message message) {
            Header header = message.getHeader(SESSION_EXPIRES);
            if (header == null) {
                header = message.getHeader("x");
            }
            if (header == null) {
                return Optional.empty();
            }
            String value = valueOf(header);
            String[] parts = value.split(";");
            try {
                long seconds = Long.parseLong(parts[0].strip());
                Optional<String> refresher = Optional.empty();
                for (int i = 1; i < parts.length; i++) {
                    String[] parameter = parts[i].strip().split("=", 2);
                    if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("refresher")) {
                        refresher = Optional.of(parameter[1].strip().toLowerCase(Locale.ROOT));
                    }
                }
                return Optional.of(new SessionExpires(seconds, refresher));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The Min-SE of a message (a 422 names the smallest interval its sender takes), if present and readable. */
    static java.util.OptionalLong minSeOf(Message message) {
        Header header = message.getHeader(MIN_SE_HEADER);
        if (header == null) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(valueOf(header).split(";")[0].strip()));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /**
     * The timer of an incoming call's 200 OK. The caller's Session-Expires lowers the configured interval (never below
     * Min-SE: a smaller one was refused with 422); its refresher parameter is kept; without one the caller refreshes
     * when it supports timers, else the gateway does.
     */
    static SessionTimer forIncoming(Message invite, long configuredSeconds) {
        var requested = SessionExpires.of(invite);
        long interval = requested.map(se -> Math.min(se.seconds(), configuredSeconds)).orElse(configuredSeconds);
        boolean callerSupportsTimer = supports(invite, TIMER);
        boolean weRefresh = requested.flatMap(SessionExpires::refresher).map("uas"::equals).orElse(!callerSupportsTimer);
        return new SessionTimer(Math.max(interval, MIN_SE), weRefresh);
    }

    /**
     * The timer of an outgoing call from the 200 OK: its Session-Expires and refresher (the gateway, the UAC, when it
     * names none); without one the gateway refreshes at its own interval (RFC 4028 7.2).
     */
    static SessionTimer forOutgoing(Message ok, long configuredSeconds) {
        return SessionExpires.of(ok)
                .map(se -> new SessionTimer(se.seconds(), se.refresher().map("uac"::equals).orElse(true)))
                .orElse(new SessionTimer(configuredSeconds, true));
    }

    /** Session-Expires as the gateway writes it in a response to the peer's request (the peer is the UAC). */
    String responseValue() {
        return intervalSeconds + ";refresher=" + (weRefresh ? "uas" : "uac");
    }

    /** Session-Expires of a refresh the gateway sends (it is the UAC of that request and stays the refresher). */
    String refreshValue() {
        return intervalSeconds + ";refresher=uac";
    }

    /** When the refresher refreshes: half the interval. */
    long refreshAfterSeconds() {
        return intervalSeconds / 2;
    }

    /**
     * When the session is over without a refresh: for the refresher the whole interval (its refresh failed); for the
     * other side the interval less min(32 s, a third of it) (RFC 4028 10).
     */
    long expiresAfterSeconds() {
        return weRefresh ? intervalSeconds : intervalSeconds - Math.min(32, intervalSeconds / 3);
    }

    /** Whether a header of {@code name} (Supported, Require, Allow) lists the option. */
    static boolean lists(Message message, String name, String option) {
        ListIterator<Header> headers = message.getHeaders(name);
        while (headers != null && headers.hasNext()) {
            for (String value : valueOf(headers.next()).split(",")) {
                if (value.strip().equalsIgnoreCase(option)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean supports(Message message, String option) {
        return lists(message, "Supported", option) || lists(message, "k", option);
    }

    /** The value of a header as written on the wire ("Name: value" less the name). */
    static String valueOf(Header header) {
        String text = header.toString();
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(colon + 1)).strip();
    }
}
