package io.multicell.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.grpc.Channel;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.sip.call.Calls;
import io.multicell.sip.call.DectManagerLink;
import io.multicell.sip.media.GrpcRelayConnector;
import io.multicell.sip.media.VoiceSocket;
import io.multicell.sip.config.VoipSettings;
import io.multicell.sip.registration.ExecutorRegistrationScheduler;
import io.multicell.sip.registration.LocalEndpoint;
import io.multicell.sip.registration.Registrations;
import io.multicell.sip.stack.JainSipEndpoint;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the plain SIP classes into CDI: clock, SIP endpoint, registration thread and registrations, and the calls with
 * their link to the DM (gRPC client "dect-manager"), relay legs and the voice socket; the calls start with the
 * application.
 */
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

    @Produces
    @Singleton
    VoiceSocket voiceSocket(SipSettings settings, MeterRegistry meters) throws IOException {
        var voice = VoiceSocket.bind(InetAddress.getByName(settings.bindAddress()), settings.voicePort());
        FunctionCounter.builder("multicell.sip.voice.dropped", voice, VoiceSocket::unparsable).tag("reason", "unparsable")
                .description("Voice datagrams from the bases the gateway dropped").register(meters);
        FunctionCounter.builder("multicell.sip.voice.dropped", voice, VoiceSocket::unroutable).tag("reason", "unroutable")
                .description("Voice datagrams from the bases the gateway dropped").register(meters);
        return voice;
    }

    void closeVoiceSocket(@Disposes VoiceSocket voice) {
        voice.close();
    }

    @Produces
    @Singleton
    GrpcRelayConnector relayConnector(VoiceSocket voice) {
        return new GrpcRelayConnector(voice);
    }

    void closeRelayConnector(@Disposes GrpcRelayConnector connector) {
        connector.close();
    }

    @Produces
    @Singleton
    DectManagerLink dectManagerLink(@GrpcClient("dect-manager") Channel channel, Clock clock, SipSettings settings,
            @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.host", defaultValue = "127.0.0.1") String host,
            @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port", defaultValue = "9081") int port) {
        return new DectManagerLink(channel, host + ":" + port, clock, settings.dmReconnectBackoffMin(), settings.dmReconnectBackoffMax());
    }

    void closeDectManagerLink(@Disposes DectManagerLink link) {
        link.close();
    }

    @Produces
    @Singleton
    Calls calls(JainSipEndpoint endpoint, Registrations registrations, DectManagerLink dm, GrpcRelayConnector relays, Clock clock,
            MeterRegistry meters, SipSettings settings) {
        var rtpPorts = io.multicell.sip.media.RtpPortRange.of(settings.rtpPortMin(), settings.rtpPortMax());
        var calls = new Calls(endpoint, new Calls.ConfigurationSource() {
            @Override
            public io.multicell.sip.config.SipConfiguration configuration() {
                return registrations.configuration();
            }

            @Override
            public java.util.Optional<LocalEndpoint> endpoint() {
                return registrations.endpoint();
            }

            @Override
            public io.multicell.sip.media.RtpPortRange rtpPorts() {
                return rtpPorts;
            }

            @Override
            public java.time.Duration sessionTimerSecond() {
                return settings.sessionTimerSecond();
            }

            @Override
            public java.util.Optional<java.time.Duration> ackWait() {
                return settings.ackWait();
            }
        }, dm, relays, clock, randomTokens(), meters);
        calls.start();
        return calls;
    }

    void closeCalls(@Disposes Calls calls) {
        calls.close();
    }

    /** Calls take INVITEs and dial the DM from the start. */
    void startCalls(@Observes StartupEvent event, Calls calls) {
        // creating the bean starts it
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
