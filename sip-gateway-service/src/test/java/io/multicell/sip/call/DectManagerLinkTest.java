package io.multicell.sip.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.manager.v1.CallControlGrpc;
import io.multicell.proto.manager.v1.GatewayCallMessage;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.testing.ServerPorts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DectManagerLinkTest {

    private ManagedChannel channel;
    private Server server;
    private DectManagerLink link;

    @AfterEach
    void stop() {
        if (link != null) {
            link.close();
        }
        if (channel != null) {
            channel.shutdownNow();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    /** The DM's side: notes every GatewayCallMessage. */
    private static final class FakeDm extends CallControlGrpc.CallControlImplBase {
        final List<GatewayCallMessage> received = new CopyOnWriteArrayList<>();

        @Override
        public StreamObserver<GatewayCallMessage> connect(StreamObserver<ManagerCallMessage> responses) {
            return new StreamObserver<>() {
                @Override
                public void onNext(GatewayCallMessage message) {
                    received.add(message);
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onCompleted() {
                    responses.onCompleted();
                }
            };
        }
    }

    @Test
    void aGatewayStartedBeforeTheDmKeepsDiallingAndSaysHelloOnceTheDmListens() throws IOException {
        // Below the ephemeral range: the link redials this port before anything listens (a dialler may connect to itself).
        int port = ServerPorts.freeBelowEphemeralRange();
        // directExecutor: the refused stream is reported on the dialling thread itself, as under Quarkus' gRPC client.
        channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().directExecutor().build();
        var breaks = new AtomicInteger();
        link = new DectManagerLink(channel, "127.0.0.1:" + port, Clock.systemUTC(), Duration.ofMillis(50), Duration.ofMillis(200));
        link.start(() -> new DectManagerLink.Listener() {
            @Override
            public void received(ManagerCallMessage message) {
            }

            @Override
            public void broken(String why) {
                breaks.incrementAndGet();
            }

            @Override
            public List<String> activeCallIds() {
                return List.of();
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> breaks.get() >= 2);
        assertThat(link.state()).isEqualTo(DectManagerLink.LinkState.DOWN);

        var dm = new FakeDm();
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port)).addService(dm).build().start();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(link.state()).isEqualTo(DectManagerLink.LinkState.UP);
            assertThat(dm.received).anySatisfy(m -> assertThat(m.hasHello()).isTrue());
        });
    }
}
