package io.multicell.sip.call;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Set;

import javax.sip.header.Header;
import javax.sip.message.Message;

/**
 * SIP option tags (RFC 3261 8.2.2.3, 19.2) in Require and Supported, and which of them the gateway understands: the
 * session timer always, reliable provisional responses (100rel) while the VoIP setting PRACK is on.
 */
final class OptionTags {

    static final String REQUIRE = "Require";
    static final String SUPPORTED = "Supported";
    static final String UNSUPPORTED = "Unsupported";
    /** RFC 3262 reliable provisional responses. */
    static final String RELIABLE_PROVISIONALS = "100rel";

    private OptionTags() {
    }

    /** The option tags of every header of {@code name} (Supported also in its compact form k), lower case, in order. */
    static List<String> of(Message message, String name) {
        List<String> tags = new ArrayList<>();
        collect(message, name, tags);
        if (SUPPORTED.equals(name)) {
            collect(message, "k", tags);
        }
        return tags;
    }

    /** Whether the message asks for or allows the option in Require or Supported. */
    static boolean offered(Message message, String option) {
        return of(message, REQUIRE).contains(option) || of(message, SUPPORTED).contains(option);
    }

    /** The option tags the gateway understands. */
    static Set<String> understood(boolean prack) {
        return prack ? Set.of(SessionTimer.TIMER, RELIABLE_PROVISIONALS) : Set.of(SessionTimer.TIMER);
    }

    /** What a request requires that the gateway does not understand (answered 420 Bad Extension); empty when none. */
    static List<String> notUnderstood(Message request, boolean prack) {
        var understood = understood(prack);
        return of(request, REQUIRE).stream().filter(tag -> !understood.contains(tag)).distinct().toList();
    }

    /** What the gateway's INVITEs say they support: 100rel while PRACK is on, and timer. */
    static List<String> supported(boolean prack) {
        return prack ? List.of(RELIABLE_PROVISIONALS, SessionTimer.TIMER) : List.of(SessionTimer.TIMER);
    }

    private static void collect(Message message, String name, List<String> tags) {
        ListIterator<Header> headers = message.getHeaders(name);
        while (headers != null && headers.hasNext()) {
            for (String value : SessionTimer.valueOf(headers.next()).split(",")) {
                String tag = value.strip().toLowerCase(Locale.ROOT);
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
    }
}
