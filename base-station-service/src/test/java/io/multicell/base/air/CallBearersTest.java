package io.multicell.base.air;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.base.air.HandsetAccessClient.DmChallenge;
import io.multicell.base.air.HandsetAccessClient.DmOutcome;
import io.multicell.base.call.BaseHeard;
import io.multicell.base.call.CallEvent;
import io.multicell.base.call.CallState;
import io.multicell.base.call.Codec;
import io.multicell.base.call.ReleaseCause;
import io.multicell.base.link.AirCounters;
import io.multicell.base.link.DmCommand;
import io.multicell.base.link.DmCommand.BearerBase;
import io.multicell.base.voice.VoiceRoute;
import io.multicell.base.voice.VoiceRoutes;
import io.multicell.base.voice.VoiceTarget;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The base's side of calls: bearers, their streams and relays, with the DM, handsets and gateway played by the test. */
class CallBearersTest {

    private static final MacAddress BASE = MacAddress.forInstance(2);
    private static final Ipui ALICE = new Ipui("0123456789");
    private static final Ipui BOB = new Ipui("0000000001");
    private static final BearerBase OTHER_BASE = new BearerBase("7C:2F:80:00:00:03", "127.0.0.1:9093");

    private final FakeHandsetAccess dm = new FakeHandsetAccess();
    private final List<CallEvent> events = new ArrayList<>();
    private final VoiceRoutes routes = new VoiceRoutes();
    // Inline: every task runs at once on the test thread, in order. Three channels, two with a wideband call.
    private final HandsetSessions sessions = new HandsetSessions(BASE, dm, Runnable::run,
            Clock.fixed(Instant.parse("2025-01-01T08:00:00Z"), ZoneOffset.UTC), new CallChannels(3, 2), events::add,
            routes);
    private static final VoiceTarget ALICE_VOICE = new VoiceTarget(new InetSocketAddress("127.0.0.1", 40000), 7);
    private static final InetSocketAddress GATEWAY = new InetSocketAddress("127.0.0.1", 41000);
    private static final InetSocketAddress GATEWAY_AGAIN = new InetSocketAddress("127.0.0.1", 41002);

    /** One handset's air stream. */
    private final class Stream {
        final FakeHandsetConnection connection = new FakeHandsetConnection();
        final HandsetStreamListener listener = sessions.open(connection);

        Stream send(Uplink message) {
            listener.onUplink(message);
            return this;
        }
    }

    /** One relay stream of the gateway. */
    private final class Relay {
        final FakeRelayConnection connection = new FakeRelayConnection();
        final RelayStreamListener listener = sessions.openRelay(connection);

        Relay open(String callId, Ipui ipui) {
            return open(callId, ipui, GATEWAY);
        }

        Relay open(String callId, Ipui ipui, InetSocketAddress uplink) {
            listener.onOpen(callId, ipui, uplink);
            return this;
        }
    }

    @BeforeEach
    void synchronised() {
        sessions.inService(true);
    }

    private Stream attached(Ipui ipui) {
        var stream = new Stream().send(new Uplink.Lock(ipui, -60, "S700H PRO", "114.00", "", ALICE_VOICE))
                .send(new Uplink.LocationRequest(ipui));
        dm.last("RequestLocation").answer().complete(new DmChallenge("tx-" + ipui, new byte[0], new byte[16], ""));
        stream.send(new Uplink.ChallengeResponse("tx-" + ipui, new byte[16]));
        dm.last("ConfirmLocation").answer().complete(new DmOutcome(true, ""));
        stream.connection.received.clear();
        return stream;
    }

    private Stream bearerStream(Ipui ipui, String callId) {
        return new Stream().send(new Uplink.Lock(ipui, -55.5, "S700H PRO", "114.00", callId));
    }

    private static DmCommand.AlertHandset alertHere(String callId, Ipui ipui) {
        return new DmCommand.AlertHandset(callId, ipui, "+4930123", "Reception", Codec.PCMA, BearerBase.HERE);
    }


    @Test
    void anAlertWithTheBearerHereRingsOnTheLockStreamAndIsReportedAsAlerting() {
        var alice = attached(ALICE);

        sessions.call(alertHere("call-1", ALICE));

        assertThat(alice.connection.received).containsExactly(
                new Downlink.IncomingCall("call-1", "+4930123", "Reception", Codec.PCMA, "", ""));
        assertThat(events).containsExactly(new CallEvent.Alerting("call-1", ALICE));
        assertThat(sessions.bearers()).singleElement().satisfies(b -> {
            assertThat(b.state()).isEqualTo(BearerState.CARRIED);
            assertThat(b.stream()).isEqualTo("LOCK");
        });
        assertThat(sessions.counters().activeBearers()).isEqualTo(1);
    }

    @Test
    void anAlertNamingAnotherBaseSendsTheHandsetThereAndTakesNoChannelHere() {
        var alice = attached(ALICE);

        sessions.call(new DmCommand.AlertHandset("call-1", ALICE, "", "", Codec.PCMU, OTHER_BASE));

        assertThat(alice.connection.received).containsExactly(new Downlink.IncomingCall("call-1", "", "", Codec.PCMU,
                "127.0.0.1:9093", "7C:2F:80:00:00:03"));
        assertThat(events).as("the bearer base reports bearer_arrived instead").isEmpty();
        assertThat(sessions.bearers()).isEmpty();
    }

    @Test
    void anAlertForAHandsetNotAttachedHereIsReportedUnreachable() {
        sessions.call(alertHere("call-1", ALICE));

        assertThat(events).singleElement().isInstanceOfSatisfying(CallEvent.Released.class,
                r -> assertThat(r.cause()).isEqualTo(ReleaseCause.UNREACHABLE));
    }

    @Test
    void aBearerLockNobodyExpectedIsRefusedLikeALockAndReported() {
        var stream = bearerStream(ALICE, "call-9");

        assertThat(stream.connection.received).containsExactly(new Downlink.LocationResult(false, CallBearers.NOT_EXPECTED));
        assertThat(stream.connection.ended).isEqualTo("completed");
        assertThat(events).containsExactly(new CallEvent.BearerRefused("call-9", ALICE, CallBearers.NOT_EXPECTED));
        assertThat(dm.calls).as("never locked, never detached").isEmpty();
        assertThat(sessions.statistics().bearersRefused()).isEqualTo(1);
    }

    @Test
    void anExpectedBearerIsAcceptedForItsHandsetOnlyWithoutAttachAndCountsAsAConnection() {
        sessions.call(new DmCommand.ExpectBearer("call-1", ALICE, Codec.PCMA));

        var bob = bearerStream(BOB, "call-1");
        var alice = bearerStream(ALICE, "call-1");

        assertThat(bob.connection.ended).isEqualTo("completed");
        assertThat(alice.connection.ended).isNull();
        assertThat(alice.connection.received).isEmpty();
        assertThat(events).containsExactly(new CallEvent.BearerRefused("call-1", BOB, CallBearers.NOT_EXPECTED),
                new CallEvent.BearerArrived("call-1", ALICE, -55.5));
        assertThat(dm.calls).as("no attach procedure on a bearer stream").isEmpty();
        assertThat(sessions.counters()).isEqualTo(new AirCounters(1, 1));
        assertThat(sessions.bearers()).singleElement().satisfies(b -> assertThat(b.stream()).isEqualTo("BEARER"));
    }

    @Test
    void beyondTheChannelsOfTheBaseABearerIsRefusedAndAWidebandCallTakesFewer() {
        sessions.call(new DmCommand.ExpectBearer("call-1", ALICE, Codec.PCMA));
        sessions.call(new DmCommand.ExpectBearer("call-2", BOB, Codec.PCMA));
        sessions.call(new DmCommand.ExpectBearer("call-3", new Ipui("0000000003"), Codec.G722));
        sessions.call(new DmCommand.ExpectBearer("call-1", ALICE, Codec.PCMA));
        sessions.call(new DmCommand.ExpectBearer("call-4", new Ipui("0000000004"), Codec.PCMA));

        assertThat(events).hasSize(1).first().isInstanceOfSatisfying(CallEvent.BearerRefused.class, r -> {
            assertThat(r.callId()).isEqualTo("call-3");
            assertThat(r.reason()).isEqualTo("no channel free (2 of 2 in use, wideband)");
        });
        assertThat(events).hasSize(1);
        sessions.call(new DmCommand.ExpectBearer("call-5", new Ipui("0000000005"), Codec.PCMA));
        assertThat(events).last().isInstanceOfSatisfying(CallEvent.BearerRefused.class,
                r -> assertThat(r.reason()).isEqualTo("no channel free (3 of 3 in use)"));
        assertThat(sessions.counters().activeBearers()).isEqualTo(3);
    }

    @Test
    void theVoiceRouteFollowsTheBearerAndItsRelays() {
        var alice = attached(ALICE);
        sessions.call(new DmCommand.ExpectBearer("call-1", ALICE, Codec.PCMA));
        assertThat(routes.of("call-1")).as("reserved: no stream to send voice to yet")
                .isEqualTo(new VoiceRoute(null, List.of()));

        sessions.call(new DmCommand.ReleaseCall("call-1", ALICE, ReleaseCause.NORMAL, 0, ""));
        sessions.call(alertHere("call-2", ALICE));
        var relay = new Relay().open("call-2", ALICE);
        var second = new Relay().open("call-2", ALICE, GATEWAY_AGAIN);

        assertThat(relay.connection.accepted).isTrue();
        assertThat(routes.of("call-1")).as("released").isNull();
        assertThat(routes.of("call-2")).isEqualTo(new VoiceRoute(ALICE_VOICE, List.of(GATEWAY, GATEWAY_AGAIN)));

        relay.listener.onEnded();
        assertThat(routes.of("call-2").gateways()).containsExactly(GATEWAY_AGAIN);
        alice.listener.onEnded();
        assertThat(routes.of("call-2")).as("bearer lost").isNull();
        assertThat(second.connection.ended).startsWith("NOT_FOUND");
    }

    @Test
    void aRelayForAnotherHandsetsCallIsNotFoundAndOneWithoutOpenIsInvalid() {
        attached(ALICE);
        sessions.call(alertHere("call-1", ALICE));

        var otherHandset = new Relay().open("call-1", BOB);
        var noOpen = new Relay();
        noOpen.listener.onInvalid("message", "must be open");

        assertThat(otherHandset.connection.ended).isEqualTo("NOT_FOUND no bearer of call call-1 for 0000000001 at this base");
        assertThat(noOpen.connection.ended).isEqualTo("INVALID_ARGUMENT message: must be open");
        assertThat(otherHandset.connection.accepted).isFalse();
    }

    @Test
    void aHandoversRelayOpenedBeforeTheReservationWaitsAndIsAcceptedWhenTheHandsetsBearerArrives() {
        // The DM sends ExpectBearer here and BearerAdded to the gateway at once: the gateway's RelayOpen may come first.
        var leg = new Relay().open("call-2", BOB);
        assertThat(leg.connection.ended).as("waits for the reservation").isNull();
        assertThat(leg.connection.accepted).isFalse();

        sessions.call(new DmCommand.ExpectBearer("call-2", BOB, Codec.PCMA));
        assertThat(leg.connection.accepted).as("reserved, but the handset is not here yet").isFalse();
        assertThat(routes.of("call-2").gateways()).containsExactly(GATEWAY);

        bearerStream(BOB, "call-2");
        assertThat(leg.connection.accepted).as("the handset's bearer arrived: media on this base").isTrue();

        var released = new Relay().open("call-3", BOB);
        sessions.call(new DmCommand.ReleaseCall("call-3", BOB, ReleaseCause.NORMAL, 0, "far end hung up"));
        assertThat(released.connection.ended).isEqualTo("NOT_FOUND call call-3: call released (NORMAL)");
        var gone = new Relay().open("call-4", BOB);
        gone.listener.onEnded();
        assertThat(gone.connection.ended).as("the gateway gave up waiting").isEqualTo("completed");
    }

    @Test
    void aReleasedCallIsToldToEveryStreamOfItAndFreesBearerAndRelays() {
        var alice = attached(ALICE);
        sessions.call(new DmCommand.ExpectBearer("call-1", ALICE, Codec.PCMA));
        sessions.call(new DmCommand.AlertHandset("call-1", ALICE, "", "", Codec.PCMA, OTHER_BASE));
        var bearer = bearerStream(ALICE, "call-1");
        var relay = new Relay().open("call-1", ALICE);

        sessions.call(new DmCommand.ReleaseCall("call-1", ALICE, ReleaseCause.CANCELLED, 487, "cancelled"));

        var release = new Downlink.CallRelease("call-1", ReleaseCause.CANCELLED, 487, "cancelled");
        assertThat(alice.connection.last()).isEqualTo(release);
        assertThat(bearer.connection.last()).isEqualTo(release);
        assertThat(relay.connection.ended).startsWith("NOT_FOUND call call-1: call released");
        assertThat(sessions.bearers()).isEmpty();

        events.clear();
        bearer.listener.onEnded();
        assertThat(events).as("the handset closing its released bearer stream loses nothing").isEmpty();
    }

    @Test
    void aHandoverGoesToTheBearerStreamAndReleasingTheBearerTellsTheHandset() {
        var alice = attached(ALICE);
        sessions.call(alertHere("call-1", ALICE));
        var relay = new Relay().open("call-1", ALICE);

        sessions.call(new DmCommand.HandoverHandset("call-1", ALICE, "7C:2F:80:00:00:03", "127.0.0.1:9093"));
        assertThat(alice.connection.last()).isEqualTo(new Downlink.HandoverCommand("call-1", "7C:2F:80:00:00:03", "127.0.0.1:9093"));
        assertThat(routes.of("call-1").handset()).as("voice goes on until the bearer is released")
                .isEqualTo(ALICE_VOICE);

        sessions.call(new DmCommand.ReleaseBearer("call-1", ALICE));

        assertThat(alice.connection.last()).isEqualTo(new Downlink.BearerReleased("call-1"));
        assertThat(relay.connection.ended).startsWith("NOT_FOUND");
        assertThat(sessions.counters().activeBearers()).isZero();
        assertThat(routes.of("call-1")).isNull();
        alice.listener.onEnded();
        assertThat(events).noneMatch(CallEvent.BearerLost.class::isInstance);
        assertThat(dm.methods()).contains("ReportDetached");
    }

    @Test
    void aStreamThatBreaksMidCallLosesItsBearer() {
        var alice = attached(ALICE);
        sessions.call(alertHere("call-1", ALICE));
        var relay = new Relay().open("call-1", ALICE);

        alice.listener.onEnded();

        assertThat(events).last().isEqualTo(new CallEvent.BearerLost("call-1", ALICE, "air stream ended without a release"));
        assertThat(dm.methods()).contains("ReportDetached");
        assertThat(relay.connection.ended).startsWith("NOT_FOUND");
        assertThat(sessions.bearers()).isEmpty();
    }

    @Test
    void theHandsetsCallMessagesAreReportedAndItsReleaseFreesTheBearer() {
        var alice = attached(ALICE);
        var heard = List.of(new BaseHeard("7C:2F:80:00:00:03", -70));

        alice.send(new Uplink.CallSetup("call-1", "0301234", heard));
        sessions.call(new DmCommand.CallProgress("call-1", ALICE, CallState.PROCEEDING, Codec.PCMA, BearerBase.HERE));
        sessions.call(new DmCommand.CallProgress("call-1", ALICE, CallState.CONNECTED, Codec.PCMA, BearerBase.HERE));
        alice.send(new Uplink.NeighbourMeasurement("call-1", heard));
        alice.send(new Uplink.CallRelease("call-1", ReleaseCause.NORMAL, 0, "hung up"));

        assertThat(alice.connection.received).containsExactly(
                new Downlink.CallProgress("call-1", CallState.PROCEEDING, Codec.PCMA, "", ""),
                new Downlink.CallProgress("call-1", CallState.CONNECTED, Codec.PCMA, "", ""));
        assertThat(events).containsExactly(new CallEvent.Setup("call-1", ALICE, "0301234", heard),
                new CallEvent.Measurement("call-1", ALICE, heard),
                new CallEvent.Released("call-1", ALICE, ReleaseCause.NORMAL, 0, "hung up"));
        assertThat(sessions.bearers()).isEmpty();
        alice.listener.onEnded();
        assertThat(events).noneMatch(CallEvent.BearerLost.class::isInstance);
    }

    @Test
    void proceedingNamingAnotherBaseIsForwardedWithoutTakingAChannel() {
        var alice = attached(ALICE);
        alice.send(new Uplink.CallSetup("call-1", "0301234", List.of()));

        sessions.call(new DmCommand.CallProgress("call-1", ALICE, CallState.PROCEEDING, Codec.PCMA, OTHER_BASE));

        assertThat(alice.connection.last()).isEqualTo(new Downlink.CallProgress("call-1", CallState.PROCEEDING,
                Codec.PCMA, "127.0.0.1:9093", "7C:2F:80:00:00:03"));
        assertThat(sessions.bearers()).isEmpty();
    }

    @Test
    void onlyAnAttachedHandsetMayDial() {
        var stream = new Stream().send(new Uplink.Lock(ALICE, -60, "S700H PRO", "114.00"))
                .send(new Uplink.CallSetup("call-1", "0301234", List.of()));

        assertThat(stream.connection.ended).startsWith("FAILED_PRECONDITION call_setup");
        assertThat(events).isEmpty();
    }

    @Test
    void resetStatisticsZeroesConnOnly() {
        attached(ALICE);
        sessions.call(new DmCommand.ExpectBearer("call-1", BOB, Codec.PCMA));
        bearerStream(BOB, "call-1");
        assertThat(sessions.counters()).isEqualTo(new AirCounters(2, 1));

        sessions.resetStatistics();

        assertThat(sessions.counters()).isEqualTo(new AirCounters(0, 1));
        assertThat(sessions.statistics().connectionsTotal()).isEqualTo(2);
        attached(new Ipui("0000000007"));
        assertThat(sessions.counters().macConnections()).isEqualTo(1);
    }

    @Test
    void aRebootEndsEveryBearerAndRelay() {
        attached(ALICE);
        sessions.call(alertHere("call-1", ALICE));
        var relay = new Relay().open("call-1", ALICE);

        sessions.terminateAll("base station reboots");

        assertThat(relay.connection.ended).isEqualTo("UNAVAILABLE base station reboots");
        assertThat(sessions.bearers()).isEmpty();
        assertThat(sessions.counters().activeBearers()).isZero();
    }
}
