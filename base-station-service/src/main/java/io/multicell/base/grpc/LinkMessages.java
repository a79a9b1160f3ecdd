package io.multicell.base.grpc;

import io.multicell.base.call.CallEvent;
import io.multicell.base.link.AirCounters;
import io.multicell.base.link.Assignment;
import io.multicell.base.link.BaseIdentity;
import io.multicell.base.link.DmCommand;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.proto.air.v1.CallAnswer;
import io.multicell.proto.air.v1.CallRelease;
import io.multicell.proto.air.v1.CallSetup;
import io.multicell.proto.air.v1.NeighbourMeasurement;
import io.multicell.proto.manager.v1.AttachedHandsets;
import io.multicell.proto.manager.v1.BaseCallEvent;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.multicell.proto.manager.v1.BearerArrived;
import io.multicell.proto.manager.v1.BearerLost;
import io.multicell.proto.manager.v1.BearerRefused;
import io.multicell.proto.manager.v1.FloorPosition;
import io.multicell.proto.manager.v1.Heartbeat;
import io.multicell.proto.manager.v1.HandsetAlerting;
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

    static BaseStationReport heartbeat(long sequence, AirCounters counters) {
        return BaseStationReport.newBuilder().setHeartbeat(Heartbeat.newBuilder().setSequence(sequence)
                .setMacConnections(counters.macConnections()).setActiveBearers(counters.activeBearers())).build();
    }

    static BaseStationReport callEvent(CallEvent event) {
        var wire = BaseCallEvent.newBuilder().setCallId(event.callId()).setIpui(event.ipui().value());
        if (event instanceof CallEvent.Setup e) {
            wire.setSetup(CallSetup.newBuilder().setCallId(e.callId()).setDialledNumber(e.dialledNumber())
                    .addAllHeard(AirMessages.heardWire(e.heard())));
        } else if (event instanceof CallEvent.Alerting) {
            wire.setAlerting(HandsetAlerting.getDefaultInstance());
        } else if (event instanceof CallEvent.Answered e) {
            wire.setAnswered(CallAnswer.newBuilder().setCallId(e.callId()));
        } else if (event instanceof CallEvent.Released e) {
            wire.setReleased(CallRelease.newBuilder().setCallId(e.callId()).setCause(AirMessages.cause(e.cause()))
                    .setSipStatus(e.sipStatus()).setReason(e.reason()));
        } else if (event instanceof CallEvent.Measurement e) {
            wire.setMeasurement(NeighbourMeasurement.newBuilder().setCallId(e.callId())
                    .addAllHeard(AirMessages.heardWire(e.heard())));
        } else if (event instanceof CallEvent.BearerArrived e) {
            wire.setBearerArrived(BearerArrived.newBuilder().setRssiDbm(e.rssiDbm()));
        } else if (event instanceof CallEvent.BearerLost e) {
            wire.setBearerLost(BearerLost.newBuilder().setReason(e.reason()));
        } else if (event instanceof CallEvent.BearerRefused e) {
            wire.setBearerRefused(BearerRefused.newBuilder().setReason(e.reason()));
        }
        return BaseStationReport.newBuilder().setCallEvent(wire).build();
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
            case RESET_STATISTICS -> Optional.of(new DmCommand.ResetStatistics());
            case ALERT_HANDSET -> {
                var a = command.getAlertHandset();
                yield Optional.of(new DmCommand.AlertHandset(callId("alert_handset.call_id", a.getCallId()),
                        ipui("alert_handset.ipui", a.getIpui()), a.getCallingNumber(), a.getCallingName(),
                        AirMessages.codec(a.getCodec()),
                        new DmCommand.BearerBase(a.getBearerBaseMac(), a.getBearerAirEndpoint())));
            }
            case CALL_PROGRESS -> {
                var p = command.getCallProgress();
                yield Optional.of(new DmCommand.CallProgress(callId("call_progress.call_id", p.getCallId()),
                        ipui("call_progress.ipui", p.getIpui()), AirMessages.state(p.getState()),
                        AirMessages.codec(p.getCodec()),
                        new DmCommand.BearerBase(p.getBearerBaseMac(), p.getBearerAirEndpoint())));
            }
            case RELEASE_CALL -> {
                var r = command.getReleaseCall();
                yield Optional.of(new DmCommand.ReleaseCall(callId("release_call.call_id", r.getCallId()),
                        ipui("release_call.ipui", r.getIpui()), AirMessages.cause(r.getCause()), r.getSipStatus(),
                        r.getReason()));
            }
            case EXPECT_BEARER -> {
                var e = command.getExpectBearer();
                yield Optional.of(new DmCommand.ExpectBearer(callId("expect_bearer.call_id", e.getCallId()),
                        ipui("expect_bearer.ipui", e.getIpui()), AirMessages.codec(e.getCodec())));
            }
            case HANDOVER -> {
                var h = command.getHandover();
                yield Optional.of(new DmCommand.HandoverHandset(callId("handover.call_id", h.getCallId()),
                        ipui("handover.ipui", h.getIpui()), h.getTargetBaseMac(), h.getTargetAirEndpoint()));
            }
            case RELEASE_BEARER -> {
                var r = command.getReleaseBearer();
                yield Optional.of(new DmCommand.ReleaseBearer(callId("release_bearer.call_id", r.getCallId()),
                        ipui("release_bearer.ipui", r.getIpui())));
            }
            case COMMAND_NOT_SET -> Optional.empty();
        };
    }

    private static String callId(String field, String text) {
        if (text.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return text;
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
