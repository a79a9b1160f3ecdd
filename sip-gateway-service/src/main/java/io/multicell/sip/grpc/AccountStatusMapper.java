package io.multicell.sip.grpc;

import java.time.Clock;

import io.multicell.proto.sip.v1.AccountStatus;
import io.multicell.proto.sip.v1.RegistrationState;

/** Domain to wire for an account's registration status. */
final class AccountStatusMapper {

    private AccountStatusMapper() {
    }

    static AccountStatus toWire(io.multicell.sip.registration.AccountStatus status, Clock clock) {
        return AccountStatus.newBuilder()
                .setAccountId(status.accountId())
                .setState(state(status.state()))
                .setLastStatusCode(status.lastStatusCode())
                .setReason(status.reason())
                .setRegistrar(status.registrar())
                .setNextAttemptInSeconds((int) Math.min(Integer.MAX_VALUE, status.secondsUntilNextAttempt(clock)))
                .build();
    }

    private static RegistrationState state(io.multicell.sip.registration.RegistrationState state) {
        return switch (state) {
            case NOT_REGISTERED -> RegistrationState.NOT_REGISTERED;
            case REGISTERING -> RegistrationState.REGISTERING;
            case REGISTERED -> RegistrationState.REGISTERED;
            case FAILED -> RegistrationState.FAILED;
        };
    }
}
