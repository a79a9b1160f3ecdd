package io.multicell.base.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.base.air.HandsetAccessClient.ChallengeAnswer;
import io.multicell.base.air.HandsetAccessClient.DmChallenge;
import io.multicell.base.air.HandsetAccessClient.DmOutcome;
import io.multicell.base.air.HandsetAccessClient.HandsetProcedure;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.grpc.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The base's relay of handset procedures to the DM, with the DM and the handsets played by the test. */
class HandsetSessionsTest {

    private static final MacAddress BASE = MacAddress.forInstance(2);
    private static final Ipui ALICE = new Ipui("0123456789");
    private static final Uplink.Lock ALICE_LOCK = new Uplink.Lock(ALICE, -61.5, "S700H PRO", "114.00");
    private static final byte[] RS = {1, 2, 3};
    private static final byte[] RAND = {4, 5, 6};
    private static final byte[] RES = {7, 8, 9};

    private final FakeHandsetAccess dm = new FakeHandsetAccess();
    // Inline: every task runs at once on the test thread, in order.
    private final HandsetSessions sessions = new HandsetSessions(BASE, dm, Runnable::run,
            Clock.fixed(Instant.parse("2025-01-01T08:00:00Z"), ZoneOffset.UTC));

    /** One handset's air stream. */
    private final class Stream {
        final FakeHandsetConnection connection = new FakeHandsetConnection();
        final HandsetStreamListener listener = sessions.open(connection);

        Stream send(Uplink message) {
            listener.onUplink(message);
            return this;
        }
    }

    @BeforeEach
    void synchronised() {
        sessions.inService(true);
    }

    private Stream attached(Uplink.Lock lock) {
        var stream = new Stream().send(lock).send(new Uplink.LocationRequest(lock.ipui()));
        dm.last("RequestLocation").answer().complete(new DmChallenge("tx-loc", new byte[0], RAND, ""));
        stream.send(new Uplink.ChallengeResponse("tx-loc", RES));
        dm.last("ConfirmLocation").answer().complete(new DmOutcome(true, ""));
        return stream;
    }

    @Test
    void theFirstUplinkMustBeLock() {
        var stream = new Stream().send(new Uplink.LocationRequest(ALICE));

        assertThat(stream.connection.ended).isEqualTo("INVALID_ARGUMENT message: the first uplink of a stream must be Lock");
        assertThat(dm.calls).isEmpty();
    }

    @Test
    void aBaseNotInServiceRefusesTheLockAndEndsTheStream() {
        sessions.inService(false);

        var stream = new Stream().send(ALICE_LOCK);

        assertThat(stream.connection.received).containsExactly(new Downlink.LocationResult(false, "base not in service"));
        assertThat(stream.connection.ended).isEqualTo("completed");
        assertThat(sessions.statistics().locksRefused()).isEqualTo(1);
        assertThat(sessions.statistics().lockedHandsets()).isZero();
        assertThat(dm.calls).as("a handset that never locked here is not reported").isEmpty();
    }

    @Test
    void registrationIsRelayedToTheDmWithTheBaseAndWhatTheHandsetReported() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.AccessRightsRequest(ALICE));

        var request = (HandsetProcedure) dm.last("RequestAccessRights").request();
        assertThat(request).isEqualTo(new HandsetProcedure(BASE, ALICE, -61.5, "S700H PRO", "114.00"));
        dm.last("RequestAccessRights").answer().complete(new DmChallenge("tx-1", RS, RAND, ""));
        var challenge = (Downlink.RegistrationChallenge) stream.connection.last();
        assertThat(challenge.transactionId()).isEqualTo("tx-1");
        assertThat(challenge.rs()).isEqualTo(RS);
        assertThat(challenge.rand()).isEqualTo(RAND);

        stream.send(new Uplink.ChallengeResponse("tx-1", RES));
        var answer = (ChallengeAnswer) dm.last("ConfirmAccessRights").request();
        assertThat(answer.transactionId()).isEqualTo("tx-1");
        assertThat(answer.res()).isEqualTo(RES);
        assertThat(answer.base()).isEqualTo(BASE);
        dm.last("ConfirmAccessRights").answer().complete(new DmOutcome(true, ""));

        assertThat(stream.connection.last()).isEqualTo(new Downlink.AccessRightsResult(true, ""));
        assertThat(sessions.handsets()).singleElement().satisfies(h -> assertThat(h.state()).isEqualTo(SessionState.LOCKED));
        assertThat(sessions.statistics().registrationsAccepted()).isEqualTo(1);
        assertThat(sessions.statistics().connections()).as("a registration alone attaches nothing").isZero();
    }

    @Test
    void aRefusalOfTheDmReachesTheHandsetWithItsReason() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.AccessRightsRequest(ALICE));
        dm.last("RequestAccessRights").answer().complete(DmChallenge.refusal("no registration window open"));

        assertThat(stream.connection.received)
                .containsExactly(new Downlink.AccessRightsResult(false, "no registration window open"));
        assertThat(stream.connection.ended).isNull();
        assertThat(sessions.statistics().registrationsRefused()).isEqualTo(1);
    }

    @Test
    void anAcceptedAttachCountsAsAConnectionAndTheEndOfTheStreamIsReportedAsDetached() {
        var stream = attached(ALICE_LOCK);

        assertThat(stream.connection.received.get(0)).isInstanceOf(Downlink.AuthenticationChallenge.class);
        assertThat(((ChallengeAnswer) dm.last("ConfirmLocation").request()).transactionId()).isEqualTo("tx-loc");
        assertThat(dm.methods()).as("the transaction belongs to the location procedure")
                .doesNotContain("ConfirmAccessRights");
        assertThat(stream.connection.last()).isEqualTo(new Downlink.LocationResult(true, ""));
        assertThat(sessions.attachedHandsets()).containsExactly(ALICE);
        assertThat(sessions.statistics().connections()).isEqualTo(1);
        assertThat(sessions.statistics().attachedHandsets()).isEqualTo(1);

        stream.listener.onEnded();

        assertThat(stream.connection.ended).as("the base ends its side too").isEqualTo("completed");
        assertThat(dm.last("ReportDetached").request()).isEqualTo(ALICE);
        assertThat(sessions.attachedHandsets()).isEmpty();
        assertThat(sessions.statistics().attachedHandsets()).isZero();
        assertThat(sessions.statistics().connections()).as("Conn is cumulative").isEqualTo(1);
    }

    @Test
    void aChallengeResponseForAnotherTransactionIsRejected() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.LocationRequest(ALICE));
        dm.last("RequestLocation").answer().complete(new DmChallenge("tx-loc", new byte[0], RAND, ""));

        stream.send(new Uplink.ChallengeResponse("tx-other", RES));

        assertThat(stream.connection.ended)
                .isEqualTo("INVALID_ARGUMENT challenge_response.transaction_id: must be the transaction of the challenge in progress");
        assertThat(dm.methods()).doesNotContain("ConfirmLocation").contains("ReportDetached");
    }

    @Test
    void aRequestForAnotherIpuiThanTheLockIsRejected() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.LocationRequest(new Ipui("0123456780")));

        assertThat(stream.connection.ended).startsWith("INVALID_ARGUMENT location_request.ipui: must be the IPUI of the Lock");
        assertThat(dm.methods()).doesNotContain("RequestLocation");
    }

    @Test
    void anUnreachableDmRefusesTheAttach() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.LocationRequest(ALICE));
        dm.last("RequestLocation").answer().completeExceptionally(Status.UNAVAILABLE.asRuntimeException());

        assertThat(stream.connection.received)
                .containsExactly(new Downlink.LocationResult(false, "DECT manager not reachable"));
        assertThat(sessions.statistics().attachesRefused()).isEqualTo(1);
        assertThat(sessions.attachedHandsets()).isEmpty();
    }

    @Test
    void aCloneWithoutTheKeyIsRefusedWhileTheRealHandsetStaysAttached() {
        var real = attached(ALICE_LOCK);
        var clone = new Stream().send(ALICE_LOCK).send(new Uplink.LocationRequest(ALICE));
        dm.last("RequestLocation").answer().complete(new DmChallenge("tx-2", new byte[0], RAND, ""));
        clone.send(new Uplink.ChallengeResponse("tx-2", new byte[16]));
        dm.last("ConfirmLocation").answer().complete(new DmOutcome(false, "authentication failed"));

        assertThat(clone.connection.last()).isEqualTo(new Downlink.LocationResult(false, "authentication failed"));
        assertThat(real.connection.ended).isNull();
        assertThat(sessions.statistics().attachedHandsets()).isEqualTo(1);
        assertThat(sessions.statistics().lockedHandsets()).isEqualTo(2);
    }

    @Test
    void aPageGoesToTheAttachedHandsetAndItsAnswerToTheDm() {
        var alice = attached(ALICE_LOCK);
        var bob = new Stream().send(new Uplink.Lock(new Ipui("0000000001"), -70, "S700H PRO", "114.00"));

        sessions.page(ALICE, "page-7");
        assertThat(alice.connection.last()).isEqualTo(new Downlink.Page("page-7"));
        assertThat(bob.connection.received).isEmpty();

        alice.send(new Uplink.PageResponse("page-7", java.util.List.of()));
        assertThat(dm.last("ReportPageResponse").request()).isEqualTo("0123456789 page-7");
        assertThat(sessions.statistics().pageResponses()).isEqualTo(1);
    }

    @Test
    void aReleasedHandsetIsToldWhyAndItsStreamEnds() {
        var alice = attached(ALICE_LOCK);

        sessions.release(ALICE, "de-registered");

        assertThat(alice.connection.last()).isEqualTo(new Downlink.LocationResult(false, "de-registered"));
        assertThat(alice.connection.ended).isEqualTo("completed");
        assertThat(sessions.attachedHandsets()).isEmpty();
        assertThat(sessions.handsets()).isEmpty();
    }

    @Test
    void terminatingEverythingEndsEveryStream() {
        var alice = attached(ALICE_LOCK);
        var bob = new Stream().send(new Uplink.Lock(new Ipui("0000000001"), -70, "S700H PRO", "114.00"));

        sessions.terminateAll("base station reboots");

        assertThat(alice.connection.ended).isEqualTo("UNAVAILABLE base station reboots");
        assertThat(bob.connection.ended).isEqualTo("UNAVAILABLE base station reboots");
        assertThat(sessions.statistics().lockedHandsets()).isZero();
    }

    @Test
    void aSecondRequestWhileTheDmIsStillDecidingIsOutOfOrder() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.LocationRequest(ALICE));

        stream.send(new Uplink.AccessRightsRequest(ALICE));

        assertThat(stream.connection.ended).isEqualTo("FAILED_PRECONDITION a LOCATION procedure is in progress");
        assertThat(dm.methods()).containsExactly("RequestLocation", "ReportDetached");
    }

    @Test
    void anAttachTheDmAcceptsAfterTheHandsetLeftIsTakenBack() {
        var stream = new Stream().send(ALICE_LOCK).send(new Uplink.LocationRequest(ALICE));
        dm.last("RequestLocation").answer().complete(new DmChallenge("tx-loc", new byte[0], RAND, ""));
        stream.send(new Uplink.ChallengeResponse("tx-loc", RES));
        stream.listener.onEnded();
        int detachesBefore = (int) dm.methods().stream().filter("ReportDetached"::equals).count();

        dm.last("ConfirmLocation").answer().complete(new DmOutcome(true, ""));

        assertThat(dm.methods().stream().filter("ReportDetached"::equals)).hasSize(detachesBefore + 1);
        assertThat(sessions.attachedHandsets()).isEmpty();
    }
}
