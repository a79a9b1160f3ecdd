package io.multicell.simulator.air;

/** Opens air streams to bases (AirInterface.Connect); the only part of the simulator that knows that wire. */
public interface AirConnector {

    /**
     * Opens a stream to the base at {@code airEndpoint} (host:port). A base that cannot be reached is reported through
     * {@link AirListener#onEnded}, or thrown when the stream cannot even be created.
     */
    AirStream open(String airEndpoint, AirListener listener);
}
