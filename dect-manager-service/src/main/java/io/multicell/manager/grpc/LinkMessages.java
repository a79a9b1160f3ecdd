package io.multicell.manager.grpc;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.manager.basestation.Assignment;
import io.multicell.manager.basestation.BaseCommand;
import io.multicell.manager.basestation.BaseHello;
import io.multicell.proto.manager.v1.AttachedHandsets;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.Hello;
import io.multicell.proto.manager.v1.LedDisplay;
import io.multicell.proto.manager.v1.PageHandset;
import io.multicell.proto.manager.v1.Reboot;
import io.multicell.proto.manager.v1.ReleaseHandset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Wire types of the BaseStationLink stream to and from the domain. */
final class LinkMessages {

    private static final Logger LOG = Logger.getLogger(LinkMessages.class);

    private LinkMessages() {
    }

    /** @throws InvalidValueException naming the field under {@code hello.} */
    static BaseHello hello(Hello hello) {
        try {
            FloorPosition position = hello.hasPosition()
                    ? new FloorPosition(hello.getPosition().getX(), hello.getPosition().getY())
                    : null;
            return new BaseHello(MacAddress.parse(hello.getMac()), hello.getFirmware(), hello.getIpAddress(), position,
                    hello.getLocal(), hello.getAirEndpoint());
        } catch (InvalidValueException e) {
            throw e.under("hello");
        }
    }

    /**
     * The IPUIs of an AttachedHandsets report. One malformed IPUI must not cost the base its control link, so it is
     * left out (and logged) rather than rejected.
     */
    static List<Ipui> attachedHandsets(MacAddress base, AttachedHandsets report) {
        List<Ipui> ipuis = new ArrayList<>();
        for (String text : report.getIpuisList()) {
            try {
                ipuis.add(Ipui.parse(text));
            } catch (InvalidValueException invalid) {
                LOG.warnf("base %s reported an attached handset with a malformed IPUI (%s); ignored", base, invalid.rule());
            }
        }
        return ipuis;
    }

    static BaseStationCommand command(BaseCommand command) {
        var builder = BaseStationCommand.newBuilder();
        if (command instanceof BaseCommand.Assign assign) {
            builder.setAssignment(assignment(assign.assignment()));
        } else if (command instanceof BaseCommand.Reboot) {
            builder.setReboot(Reboot.getDefaultInstance());
        } else if (command instanceof BaseCommand.LedDisplay led) {
            builder.setLedDisplay(LedDisplay.newBuilder().setEnabled(led.enabled()));
        } else if (command instanceof BaseCommand.Page page) {
            builder.setPage(PageHandset.newBuilder().setIpui(page.ipui().value()).setPageId(page.pageId()));
        } else if (command instanceof BaseCommand.ReleaseHandset release) {
            builder.setReleaseHandset(ReleaseHandset.newBuilder().setIpui(release.ipui().value()).setReason(release.reason()));
        } else if (command instanceof BaseCommand.AlertHandset alert) {
            builder.setAlertHandset(io.multicell.proto.manager.v1.AlertHandset.newBuilder().setCallId(alert.callId())
                    .setIpui(alert.ipui().value()).setCallingNumber(alert.callingNumber()).setCallingName(alert.callingName())
                    .setCodec(alert.codec()).setBearerBaseMac(alert.bearerBase().map(MacAddress::value).orElse(""))
                    .setBearerAirEndpoint(alert.bearerAirEndpoint()));
        } else if (command instanceof BaseCommand.CallProgress progress) {
            builder.setCallProgress(io.multicell.proto.manager.v1.CallProgressCommand.newBuilder().setCallId(progress.callId())
                    .setIpui(progress.ipui().value()).setState(CallMessages.callState(progress.state())).setCodec(progress.codec())
                    .setBearerBaseMac(progress.bearerBase().map(MacAddress::value).orElse(""))
                    .setBearerAirEndpoint(progress.bearerAirEndpoint()));
        } else if (command instanceof BaseCommand.ReleaseCall release) {
            builder.setReleaseCall(io.multicell.proto.manager.v1.ReleaseCallCommand.newBuilder().setCallId(release.callId())
                    .setIpui(release.ipui().value()).setCause(release.cause()).setSipStatus(release.sipStatus())
                    .setReason(release.reason()));
        } else if (command instanceof BaseCommand.ExpectBearer expect) {
            builder.setExpectBearer(io.multicell.proto.manager.v1.ExpectBearer.newBuilder().setCallId(expect.callId())
                    .setIpui(expect.ipui().value()).setCodec(expect.codec()));
        } else if (command instanceof BaseCommand.HandoverHandset handover) {
            builder.setHandover(io.multicell.proto.manager.v1.HandoverHandset.newBuilder().setCallId(handover.callId())
                    .setIpui(handover.ipui().value()).setTargetBaseMac(handover.target().value())
                    .setTargetAirEndpoint(handover.targetAirEndpoint()));
        } else if (command instanceof BaseCommand.ReleaseBearer release) {
            builder.setReleaseBearer(io.multicell.proto.manager.v1.ReleaseBearer.newBuilder().setCallId(release.callId())
                    .setIpui(release.ipui().value()));
        } else if (command instanceof BaseCommand.ResetStatistics) {
            builder.setResetStatistics(io.multicell.proto.manager.v1.ResetStatistics.getDefaultInstance());
        }
        return builder.build();
    }

    static io.multicell.proto.manager.v1.Assignment assignment(Assignment assignment) {
        return io.multicell.proto.manager.v1.Assignment.newBuilder()
                .setAssigned(assignment.assigned())
                .setRpn(assignment.rpn().map(Rpn::value).orElse(0))
                .setRfpi(assignment.rfpi().map(Rfpi::toString).orElse(""))
                .setName(assignment.name())
                .setStatus(ManagerMessages.status(assignment.status()))
                .setSyncSourceRfpi(assignment.syncSource().map(Rfpi::toString).orElse(""))
                .build();
    }
}
