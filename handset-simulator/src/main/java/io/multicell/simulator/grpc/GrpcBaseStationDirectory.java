package io.multicell.simulator.grpc;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.simulator.config.SimulatorSettings;
import io.multicell.simulator.dm.BaseStationDirectory;
import io.multicell.simulator.radio.BaseOnAir;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** DectManager.ListBaseStations over the gRPC client "dect-manager", mapped to the bases handsets may hear. */
@ApplicationScoped
public class GrpcBaseStationDirectory implements BaseStationDirectory {

    private static final Logger LOG = Logger.getLogger(GrpcBaseStationDirectory.class);

    private final Channel channel;
    private final Duration deadline;
    private final String target;

    GrpcBaseStationDirectory(@GrpcClient("dect-manager") Channel channel, SimulatorSettings settings,
            @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.host", defaultValue = "127.0.0.1") String host,
            @ConfigProperty(name = "quarkus.grpc.clients.dect-manager.port", defaultValue = "9081") int port) {
        this.channel = channel;
        this.deadline = settings.dmCallTimeout();
        this.target = host + ":" + port;
    }

    @Override
    public List<BaseOnAir> list() {
        // While the DM is away the channel backs off for up to two minutes; the poller has its own rhythm.
        if (channel instanceof ManagedChannel managed) {
            managed.resetConnectBackoff();
        }
        var response = DectManagerGrpc.newBlockingStub(channel)
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .listBaseStations(ListBaseStationsRequest.getDefaultInstance());
        var bases = new ArrayList<BaseOnAir>();
        for (BaseStationState state : response.getBaseStationsList()) {
            try {
                bases.add(base(state));
            } catch (InvalidValueException e) {
                LOG.debugf("ignoring base %s of the DM's list: %s", state.getMac(), e.getMessage());
            }
        }
        return bases;
    }

    static BaseOnAir base(BaseStationState state) {
        var position = state.hasPosition() ? state.getPosition() : state.getReportedPosition();
        boolean inService = state.getOnline()
                && (state.getStatus() == BaseStationStatus.SYNC || state.getStatus() == BaseStationStatus.SYNC_OVERLOAD);
        return new BaseOnAir(MacAddress.parse(state.getMac()), state.getRfpi(),
                new FloorPosition(position.getX(), position.getY()), state.getAirEndpoint(), inService);
    }

    @Override
    public String target() {
        return target;
    }
}
