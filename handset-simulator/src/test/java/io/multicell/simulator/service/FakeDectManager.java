package io.multicell.simulator.service;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListBaseStationsResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The DM as the simulator sees it: a real gRPC server answering ListBaseStations with the bases the test sets. */
final class FakeDectManager implements AutoCloseable {

    final List<BaseStationState> bases = new CopyOnWriteArrayList<>();
    private final Server server;

    FakeDectManager(int port) {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                    .addService(new DectManagerGrpc.DectManagerImplBase() {
                        @Override
                        public void listBaseStations(ListBaseStationsRequest request,
                                StreamObserver<ListBaseStationsResponse> answer) {
                            answer.onNext(ListBaseStationsResponse.newBuilder().addAllBaseStations(bases).build());
                            answer.onCompleted();
                        }
                    })
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("fake DM cannot listen on " + port, e);
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
