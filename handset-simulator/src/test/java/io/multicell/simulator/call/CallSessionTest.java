package io.multicell.simulator.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.simulator.air.Codec;
import io.multicell.simulator.air.ProgressState;
import io.multicell.simulator.air.ReleaseCause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CallSessionTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private final CallSession session = new CallSession(Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void aNewHandsetIsIdleWithNoCallToShow() {
        assertThat(session.state()).isEqualTo(CallState.IDLE);
        assertThat(session.snapshot()).isEmpty();
        assertThat(session.framesDue(T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void anOutgoingCallGoesThroughProceedingAndRingbackToConnected() {
        session.dial("c1", "0301234567");
        assertThat(session.state()).isEqualTo(CallState.DIALLING);

        assertThat(session.progress(ProgressState.PROCEEDING, null)).isTrue();
        assertThat(session.progress(ProgressState.RINGBACK, null)).isTrue();
        assertThat(session.progress(ProgressState.PROCEEDING, null)).as("no way back").isFalse();
        assertThat(session.state()).isEqualTo(CallState.RINGBACK);
        assertThat(session.progress(ProgressState.CONNECTED, Codec.PCMU)).isTrue();

        var call = session.snapshot().orElseThrow();
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.direction()).isEqualTo(CallDirection.OUTGOING);
        assertThat(call.remoteNumber()).isEqualTo("0301234567");
        assertThat(call.codec()).isEqualTo(Codec.PCMU);
        assertThat(call.releaseCause()).isEmpty();
    }

    @Test
    void anIncomingCallRingsUntilTheNetworkConnectsTheAnswer() {
        session.ring("c2", "100", "Reception", null);
        assertThat(session.state()).isEqualTo(CallState.RINGING);
        assertThat(session.codec()).as("PCMA unless the network says otherwise").isEqualTo(Codec.PCMA);

        session.answer();
        assertThat(session.state()).isEqualTo(CallState.RINGING);
        assertThatThrownBy(session::answer).isInstanceOf(IllegalStateException.class);
        assertThat(session.progress(ProgressState.RINGBACK, null)).as("not for an incoming call").isFalse();

        session.progress(ProgressState.CONNECTED, null);
        assertThat(session.state()).isEqualTo(CallState.CONNECTED);
        assertThat(session.snapshot().orElseThrow().answered()).isTrue();
    }

    @Test
    void aReleasedCallKeepsItsCauseAndStaysReadableUntilTheNextOne() {
        session.ring("c3", "100", "", Codec.PCMA);
        session.release(ReleaseCause.CANCELLED, 487, "caller cancelled");
        session.release(ReleaseCause.NORMAL, 0, "late");

        var last = session.snapshot().orElseThrow();
        assertThat(last.state()).isEqualTo(CallState.RELEASED);
        assertThat(last.releaseCause()).contains(ReleaseCause.CANCELLED);
        assertThat(last.sipStatus()).isEqualTo(487);
        assertThat(session.isCurrent("c3")).isFalse();

        session.dial("c4", "200");
        var next = session.snapshot().orElseThrow();
        assertThat(next.callId()).isEqualTo("c4");
        assertThat(next.releaseCause()).isEmpty();
        assertThat(next.direction()).isEqualTo(CallDirection.OUTGOING);
    }

    @Test
    void aSecondCallWhileOneIsInProgressIsRefused() {
        session.dial("c5", "200");
        assertThatThrownBy(() -> session.ring("c6", "100", "", null))
                .isInstanceOf(IllegalCallTransitionException.class)
                .hasMessageContaining("DIALLING -> RINGING");
    }

    @Test
    void onlyConnectedCallsSendVoiceOneFrameEveryTwentyMillisecondsCountedFromTheConnect() {
        session.dial("c7", "200");
        assertThat(session.framesDue(T0.plusSeconds(1))).isEmpty();
        session.progress(ProgressState.CONNECTED, null);

        var first = session.framesDue(T0);
        assertThat(first).extracting(CallSession.Frame::index).containsExactly(0L);
        var next = session.framesDue(T0.plus(Duration.ofMillis(100)));
        assertThat(next).extracting(CallSession.Frame::index).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(VoiceSignal.indexOf(next.get(4).payload())).isEqualTo(5);
        assertThat(session.media().framesSent()).isEqualTo(6);
    }

    @Test
    void measurementsAreDueOncePerInterval() {
        session.ring("c8", "", "", null);
        assertThat(session.measurementDue(T0, Duration.ofMillis(200))).as("not before CONNECTED").isFalse();
        session.progress(ProgressState.CONNECTED, null);

        assertThat(session.measurementDue(T0, Duration.ofMillis(200))).isTrue();
        assertThat(session.measurementDue(T0.plusMillis(199), Duration.ofMillis(200))).isFalse();
        assertThat(session.measurementDue(T0.plusMillis(200), Duration.ofMillis(200))).isTrue();
    }

    @Test
    void handoversAreCountedWhenTheCallLeavesABaseForAnother() {
        session.ring("c9", "", "", null);
        session.bearerAdded("7C:2F:80:00:00:01");
        session.bearerAdded("7C:2F:80:00:00:02");
        session.bearerRemoved("7C:2F:80:00:00:01", true);

        var call = session.snapshot().orElseThrow();
        assertThat(call.bearerBases()).containsExactly("7C:2F:80:00:00:02");
        assertThat(call.handovers()).isEqualTo(1);
    }

    @Test
    void theStateMachineAllowsOnlyItsTransitions() {
        assertThat(CallState.CONNECTED.canFollow(CallState.RINGING)).isTrue();
        assertThat(CallState.CONNECTED.canFollow(CallState.IDLE)).isFalse();
        assertThat(CallState.RINGBACK.canFollow(CallState.RINGING)).isFalse();
        assertThat(CallState.RELEASED.canFollow(CallState.RELEASED)).isFalse();
        assertThat(CallState.IDLE.legalPrevious()).isEmpty();
    }
}
