package io.multicell.sip;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.sip.config.VoipSettings;
import io.multicell.sip.registration.ExecutorRegistrationScheduler;
import io.multicell.sip.registration.LocalEndpoint;
import io.multicell.sip.registration.Registrations;
import io.multicell.sip.stack.JainSipEndpoint;

/** Wires the plain SIP classes into CDI: clock, SIP endpoint, registration thread and registrations. */
@Singleton
public class SipGatewayBeans {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    JainSipEndpoint sipEndpoint() {
        return new JainSipEndpoint();
    }

    void closeSipEndpoint(@Disposes JainSipEndpoint endpoint) {
        endpoint.close();
    }

    @Produces
    @Singleton
    ExecutorRegistrationScheduler registrationScheduler() {
        return new ExecutorRegistrationScheduler();
    }

    void closeRegistrationScheduler(@Disposes ExecutorRegistrationScheduler scheduler) {
        scheduler.close();
    }

    @Produces
    @Singleton
    Registrations registrations(Clock clock, ExecutorRegistrationScheduler scheduler, JainSipEndpoint endpoint, MeterRegistry meters) {
        return new Registrations(clock, scheduler, endpoint, meters, randomTokens());
    }

    void closeRegistrations(@Disposes Registrations registrations) {
        registrations.close();
    }

    /** The local SIP endpoint for these VoIP settings: their SIP port and ToS unless the local settings override. */
    public static LocalEndpoint localEndpoint(SipSettings settings, VoipSettings voip) {
        return new LocalEndpoint(settings.bindAddress(), settings.port().orElse((int) voip.sipPort()), (int) voip.sipTos(),
                settings.advertisedAddress());
    }

    /** Call-IDs, tags and client nonces: 128 random bits in hex. */
    public static Supplier<String> randomTokens() {
        return () -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        };
    }
}
