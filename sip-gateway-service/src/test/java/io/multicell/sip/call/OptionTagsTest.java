package io.multicell.sip.call;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sip.SipFactory;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;

class OptionTagsTest {

    private static Request invite(String extraHeaders) throws Exception {
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        return factory.createMessageFactory().createRequest("INVITE sip:1001@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n"
                + "From: <sip:5550100@pstn.invalid>;tag=1\r\n"
                + "To: <sip:1001@127.0.0.1>\r\n"
                + "Call-ID: options-1\r\n"
                + "CSeq: 7 INVITE\r\n"
                + "Max-Forwards: 70\r\n"
                + extraHeaders
                + "Content-Length: 0\r\n\r\n");
    }

    @Test
    void withPrackOffARequired100relIsNotUnderstoodButTheSessionTimerIs() throws Exception {
        var request = invite("Require: 100rel, timer\r\n");

        assertThat(OptionTags.notUnderstood(request, false)).containsExactly("100rel");
        assertThat(OptionTags.notUnderstood(request, true)).isEmpty();
    }

    @Test
    void everyUnknownRequirementIsNamedOnceWhateverTheCase() throws Exception {
        var request = invite("Require: Precondition\r\nRequire: 100REL, precondition\r\n");

        assertThat(OptionTags.notUnderstood(request, true)).containsExactly("precondition");
    }

    @Test
    void aCallerOffers100relBySupportedInEitherFormOrByRequire() throws Exception {
        assertThat(OptionTags.offered(invite("Supported: timer, 100rel\r\n"), OptionTags.RELIABLE_PROVISIONALS)).isTrue();
        assertThat(OptionTags.offered(invite("k: 100rel\r\n"), OptionTags.RELIABLE_PROVISIONALS)).isTrue();
        assertThat(OptionTags.offered(invite("Require: 100rel\r\n"), OptionTags.RELIABLE_PROVISIONALS)).isTrue();
        assertThat(OptionTags.offered(invite("Supported: timer\r\n"), OptionTags.RELIABLE_PROVISIONALS)).isFalse();
    }

    @Test
    void theRAckOfAPrackNamesRSeqCSeqAndMethod() throws Exception {
        var prack = invite("RAck: 776656 7 INVITE\r\n");

        assertThat(ReliableProvisional.RAck.of(prack)).hasValue(new ReliableProvisional.RAck(776656, 7, "INVITE"));
        assertThat(new ReliableProvisional.RAck(776656, 7, "INVITE").value()).isEqualTo("776656 7 INVITE");
        assertThat(ReliableProvisional.RAck.of(invite(""))).isEmpty();
    }
}
