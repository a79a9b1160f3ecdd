package io.multicell.base.grpc;

import io.multicell.base.link.Assignment;
import io.multicell.base.link.BaseIdentity;
import io.multicell.base.link.DmCommand;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.proto.manager.v1.AttachedHandsets;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.multicell.proto.manager.v1.FloorPosition;
import io.multicell.proto.manager.v1.Heartbeat;
import io.multicell.proto.manager.v1.Hello;
import java.util.Collection;
import java.util.Optional;

/** Wire types of the BaseStationLink stream to and from the base's domain. */
final class LinkMessages {

    private LinkMessages() {
    }

    static BaseStationReport hello(BaseIdentity identity, String ipAddress) {
        return BaseStationReport.newBuilder()
                .setHello(Hello.newBuilder()
                        .setMac(identity.mac().value())
                        .setFirmware(identity.firmware())
                        .setIpAddress(ipAddress)
                        .setPosition(FloorPosition.newBuilder()
                                .setX(identity.position().x())
                                .setY(identity.position().y()))
                        .setLocal(identity.local())
                        .setAirEndpoint(identity.airEndpoint()))
                .build();
    }

    static BaseStationReport attachedHandsets(Collection<Ipui> ipuis) {
        return BaseStationReport.newBuilder()
                .setAttachedHandsets(AttachedHandsets.newBuilder()
                        .addAllIpuis(ipuis.stream().map(Ipui::value).sorted().toList()))
                .build();
    }

    static BaseStationReport heartbeat(long sequence) {
        return BaseStationReport.newBuilder().setHeartbeat(Heartbeat.newBuilder().setSequence(sequence)).build();
    }

    /**
     * @return empty for a command this base does not know (a newer DM)
     * @throws InvalidValueException when the DM sent an RPN or RFPI that breaks the DECT rules
     */
    static Optional<DmCommand> command(BaseStationCommand command) {
        return switch (command.getCommandCase()) {
            case ASSIGNMENT -> Optional.of(new DmCommand.Assign(assignment(command.getAssignment())));
            case REBOOT -> Optional.of(new DmCommand.Reboot());
            case LED_DISPLAY -> Optional.of(new DmCommand.LedDisplay(command.getLedDisplay().getEnabled()));
            case PAGE -> Optional.of(new DmCommand.PageHandset(ipui("page.ipui", command.getPage().getIpui()),
                    command.getPage().getPageId()));
            case RELEASE_HANDSET -> Optional.of(new DmCommand.ReleaseHandset(
                    ipui("release_handset.ipui", command.getReleaseHandset().getIpui()),
                    command.getReleaseHandset().getReason()));
            case COMMAND_NOT_SET -> Optional.empty();
        };
    }

    static Assignment assignment(io.multicell.proto.manager.v1.Assignment wire) {
        try {
            return new Assignment(
                    wire.getAssigned(),
                    wire.getAssigned() ? Optional.of(new Rpn(wire.getRpn())) : Optional.empty(),
                    optionalRfpi(wire.getRfpi()),
                    wire.getName(),
                    status(wire.getStatus()),
                    optionalRfpi(wire.getSyncSourceRfpi()));
        } catch (InvalidValueException e) {
            throw e.under("assignment");
        }
    }

    private static Ipui ipui(String field, String text) {
        try {
            return Ipui.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.rule());
        }
    }

    private static Optional<Rfpi> optionalRfpi(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(Rfpi.parse(text));
    }

    static Optional<BaseStationStatus> status(io.multicell.proto.manager.v1.BaseStationStatus wire) {
        return switch (wire) {
            case OFFLINE -> Optional.of(BaseStationStatus.OFFLINE);
            case DEACTIVATED -> Optional.of(BaseStationStatus.DEACTIVATED);
            case NO_SYNC -> Optional.of(BaseStationStatus.NO_SYNC);
            case SYNC -> Optional.of(BaseStationStatus.SYNC);
            case SYNC_OVERLOAD -> Optional.of(BaseStationStatus.SYNC_OVERLOAD);
            case BASE_STATION_STATUS_UNSPECIFIED, UNRECOGNIZED -> Optional.empty();
        };
    }
}
