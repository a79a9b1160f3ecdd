package io.multicell.manager.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.basestation.BaseHello;
import io.multicell.manager.basestation.BaseStationRegistry;
import io.multicell.manager.basestation.ControlLoop;
import io.multicell.manager.subscription.HandsetRegistry;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationLinkGrpc;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.quarkus.grpc.GrpcService;
import io.multicell.manager.calls.BaseCallReport;
import io.multicell.proto.manager.v1.BaseCallEvent;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * BaseStationLink.Connect: checks the stream's protocol (Hello first, once) and hands every report to the
 * control loop, which alone writes to the stream after Hello. AttachedHandsets reports (after Hello) tell the
 * handset side which handsets are reachable at the base; call events go to the call router, heartbeats carry the
 * base's Conn counter, and a closed stream drops the calls the base carried.
 */
@GrpcService
public class BaseStationLinkGrpcService extends BaseStationLinkGrpc.BaseStationLinkImplBase {

    private static final Logger LOG = Logger.getLogger(BaseStationLinkGrpcService.class);

    private final ControlLoop loop;

    BaseStationLinkGrpcService(ControlLoop loop) {
        this.loop = loop;
    }

    @Override
    public StreamObserver<BaseStationReport> connect(StreamObserver<BaseStationCommand> responseObserver) {
        var responses = (ServerCallStreamObserver<BaseStationCommand>) responseObserver;
        var link = new GrpcControlLink(responses);
        responses.setOnCancelHandler(link::cancelled);
        return new Reports(link);
    }

    /** Reports of one stream; gRPC delivers them one at a time. */
    private final class Reports implements StreamObserver<BaseStationReport> {

        private final GrpcControlLink link;
        private MacAddress mac; // set by the accepted Hello
        private boolean rejected;

        Reports(GrpcControlLink link) {
            this.link = link;
        }

        @Override
        public void onNext(BaseStationReport report) {
            if (rejected) {
                return;
            }
            if (mac == null) {
                first(report);
                return;
            }
            switch (report.getReportCase()) {
                case HEARTBEAT -> {
                    MacAddress base = mac;
                    long conn = report.getHeartbeat().getMacConnections();
                    loop.tell(registry -> registry.heartbeat(base, link));
                    loop.tellCalls(calls -> calls.heartbeat(base, conn));
                }
                case CALL_EVENT -> {
                    MacAddress base = mac;
                    BaseCallEvent event = report.getCallEvent();
                    Optional<BaseCallReport> call = CallMessages.report(base, event);
                    Ipui ipui;
                    try {
                        ipui = Ipui.parse(event.getIpui());
                    } catch (InvalidValueException invalid) {
                        LOG.warnf("base %s: call event for call %s with %s; ignored", base, event.getCallId(),
                                invalid.under("callEvent").getMessage());
                        return;
                    }
                    call.ifPresent(r -> loop.tellCalls(calls -> calls.baseEvent(base, event.getCallId(), ipui, r)));
                }
                case ATTACHED_HANDSETS -> {
                    MacAddress base = mac;
                    List<Ipui> ipuis = LinkMessages.attachedHandsets(base, report.getAttachedHandsets());
                    loop.tellNetwork((bases, handsets) -> {
                        if (bases.isCurrent(base, link)) {
                            handsets.attachedAt(base, ipuis);
                        }
                    });
                }
                case HELLO -> violation(new InvalidValueException("report", "Hello is sent once per stream"));
                default -> violation(new InvalidValueException("report", "must be a Hello, a Heartbeat, AttachedHandsets or a call event"));
            }
        }

        private void first(BaseStationReport report) {
            if (report.getReportCase() != BaseStationReport.ReportCase.HELLO) {
                reject(new InvalidValueException("report", "the first report on a stream must be a Hello"));
                return;
            }
            BaseHello hello;
            try {
                hello = LinkMessages.hello(report.getHello());
            } catch (InvalidValueException invalid) {
                reject(invalid);
                return;
            }
            mac = hello.mac();
            loop.tell(registry -> registry.hello(link, hello));
        }

        // Before Hello nothing else writes to the stream, so it can be answered from here.
        private void reject(InvalidValueException violation) {
            rejected = true;
            link.reject(violation);
        }

        // After Hello the control loop owns the stream: let it end it.
        private void violation(InvalidValueException violation) {
            rejected = true;
            MacAddress base = mac;
            loop.tellNetwork((bases, handsets) -> {
                if (bases.isCurrent(base, link)) {
                    handsets.baseLost(base);
                    loop.tellCalls(calls -> calls.baseLost(base));
                }
                bases.protocolViolation(base, link, violation);
            });
        }

        @Override
        public void onError(Throwable error) {
            link.cancelled();
            if (mac != null) {
                MacAddress base = mac;
                loop.tellNetwork((bases, handsets) -> closed(bases, handsets, base));
            }
        }

        @Override
        public void onCompleted() {
            if (mac == null || rejected) {
                loop.tell(registry -> link.complete());
                return;
            }
            MacAddress base = mac;
            loop.tellNetwork((bases, handsets) -> {
                closed(bases, handsets, base);
                link.complete();
            });
        }

        // A base whose stream is gone cannot reach its handsets; a stream that was replaced takes nothing with it.
        private void closed(BaseStationRegistry bases, HandsetRegistry handsets, MacAddress base) {
            if (bases.isCurrent(base, link)) {
                handsets.baseLost(base);
                loop.tellCalls(calls -> calls.baseLost(base));
            }
            bases.streamClosed(base, link);
        }
    }
}
