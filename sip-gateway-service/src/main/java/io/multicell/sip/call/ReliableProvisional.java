package io.multicell.sip.call;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;

import javax.sip.header.Header;
import javax.sip.message.Message;
import javax.sip.message.Response;

/**
 * A provisional response the gateway sent reliably (PRACK, RFC 3262 3): its RSeq, the request it answers (CSeq number
 * and method), and its retransmission, at T1 doubling, until the matching PRACK comes or 64 x T1 have passed. Owned by
 * the calls thread.
 */
final class ReliableProvisional {

    static final String RSEQ = "RSeq";
    static final String RACK = "RAck";

    /** A PRACK's RAck: the RSeq it acknowledges and the CSeq number and method of the request answered. */
    record RAck(long rseq, long cseq, String method) {

        /** The RAck of a PRACK; empty when absent or unreadable. */
        static Optional<RAck> of(Message prack) {
            Header header = prack.getHeader(RACK);
            if (header == null) {
                return Optional.empty();
            }
            String[] parts = SessionTimer.valueOf(header).split("\\s+");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new RAck(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2].toUpperCase(Locale.ROOT)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The header value: "rseq cseq method". */
        String value() {
            return rseq + " " + cseq + " " + method;
        }
    }

    /** The RSeq of a reliable provisional response; empty when it has none (it is not reliable) or it is unreadable. */
    static OptionalLong rseqOf(Message response) {
        Header header = response.getHeader(RSEQ);
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(SessionTimer.valueOf(header)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    final Response response;
    final long rseq;
    final long cseq;
    final String method;
    /** The next wait between two copies: T1, doubling. */
    long retransmitMs;
    boolean acknowledged;
    ScheduledFuture<?> retransmitTask;
    ScheduledFuture<?> giveUpTask;

    ReliableProvisional(Response response, long rseq, long cseq, String method, long t1Ms) {
        this.response = response;
        this.rseq = rseq;
        this.cseq = cseq;
        this.method = method;
        this.retransmitMs = t1Ms;
    }

    /** Whether a PRACK with this RAck acknowledges this response. */
    boolean acknowledgedBy(RAck rack) {
        return rack.rseq() == rseq && rack.cseq() == cseq && rack.method().equals(method);
    }

    /** No more copies, no give-up: acknowledged, answered finally, or the call is over. */
    void stop() {
        if (retransmitTask != null) {
            retransmitTask.cancel(false);
            retransmitTask = null;
        }
        if (giveUpTask != null) {
            giveUpTask.cancel(false);
            giveUpTask = null;
        }
    }

    int statusCode() {
        return response.getStatusCode();
    }
}
