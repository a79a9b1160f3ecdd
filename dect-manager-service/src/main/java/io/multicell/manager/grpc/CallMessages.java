package io.multicell.manager.grpc;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.calls.BaseCallReport;
import io.multicell.manager.calls.BaseStatisticsRow;
import io.multicell.manager.calls.Bearer;
import io.multicell.manager.calls.CallView;
import io.multicell.manager.calls.GatewaySignal;
import io.multicell.manager.calls.Heard;
import io.multicell.manager.calls.IncomingOffer;
import io.multicell.manager.calls.Progress;
import io.multicell.proto.air.v1.BaseHeard;
import io.multicell.proto.air.v1.CallState;
import io.multicell.proto.manager.v1.BaseCallEvent;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.proto.manager.v1.BearerAdded;
import io.multicell.proto.manager.v1.BearerRemoved;
import io.multicell.proto.manager.v1.CallAlerting;
import io.multicell.proto.manager.v1.CallAnswered;
import io.multicell.proto.manager.v1.CallReleased;
import io.multicell.proto.manager.v1.ListBaseStatisticsResponse;
import io.multicell.proto.manager.v1.ListCallsResponse;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.proto.manager.v1.OfferCall;
import io.multicell.proto.manager.v1.PlaceCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Wire types of calls (CallControl, BaseCallEvent, statistics) to and from the domain. */
final class CallMessages {

    private static final Logger LOG = Logger.getLogger(CallMessages.class);

    private CallMessages() {
    }

    /** @throws InvalidValueException naming the field under {@code offer.} */
    static IncomingOffer offer(OfferCall offer) {
        try {
            requireCallId(offer.getCallId());
            return new IncomingOffer(offer.getCallId(), Ipui.parse(offer.getIpui()), offer.getAccountId(), offer.getCallingNumber(),
                    offer.getCallingName(), offer.getCodec());
        } catch (InvalidValueException e) {
            throw e.under("offer");
        }
    }

    static void requireCallId(String callId) {
        if (callId.isBlank()) {
            throw new InvalidValueException("callId", "must not be empty");
        }
    }

    /** The progress a gateway reports; empty for a state that is no progress of an outgoing call. */
    static Optional<Progress> progress(CallState state) {
        return switch (state) {
            case PROCEEDING -> Optional.of(Progress.PROCEEDING);
            case RINGBACK -> Optional.of(Progress.RINGBACK);
            case CONNECTED -> Optional.of(Progress.CONNECTED);
            default -> Optional.empty();
        };
    }

    static CallState callState(Progress progress) {
        return switch (progress) {
            case PROCEEDING -> CallState.PROCEEDING;
            case RINGBACK -> CallState.RINGBACK;
            case CONNECTED -> CallState.CONNECTED;
        };
    }

    /** A base's call event; empty (and logged) when it names no call or a malformed IPUI: the link stays up. */
    static Optional<BaseCallReport> report(MacAddress base, BaseCallEvent event) {
        BaseCallReport report = switch (event.getEventCase()) {
            case SETUP -> new BaseCallReport.Setup(event.getSetup().getDialledNumber(), heard(base, event.getSetup().getHeardList()));
            case ALERTING -> new BaseCallReport.Alerting();
            case ANSWERED -> new BaseCallReport.Answered();
            case RELEASED -> new BaseCallReport.Released(event.getReleased().getCause(), event.getReleased().getSipStatus(),
                    event.getReleased().getReason());
            case MEASUREMENT -> new BaseCallReport.Measurement(heard(base, event.getMeasurement().getHeardList()));
            case BEARER_ARRIVED -> new BaseCallReport.BearerArrived(event.getBearerArrived().getRssiDbm());
            case BEARER_LOST -> new BaseCallReport.BearerLost(event.getBearerLost().getReason());
            case BEARER_REFUSED -> new BaseCallReport.BearerRefused(event.getBearerRefused().getReason());
            case EVENT_NOT_SET -> null;
        };
        if (report == null || event.getCallId().isBlank()) {
            LOG.warnf("base %s sent a call event without event or call id; ignored", base);
            return Optional.empty();
        }
        return Optional.of(report);
    }

    static List<Heard> heard(MacAddress base, List<BaseHeard> heard) {
        List<Heard> result = new ArrayList<>();
        for (BaseHeard h : heard) {
            try {
                result.add(new Heard(MacAddress.parse(h.getBaseMac()), h.getRssiDbm()));
            } catch (InvalidValueException invalid) {
                LOG.warnf("base %s reported a heard base with a malformed MAC (%s); ignored", base, invalid.rule());
            }
        }
        return result;
    }

    static ManagerCallMessage signal(GatewaySignal signal) {
        var message = ManagerCallMessage.newBuilder();
        if (signal instanceof GatewaySignal.Alerting alerting) {
            message.setAlerting(CallAlerting.newBuilder().setCallId(alerting.callId()).setBearer(bearer(alerting.bearer())));
        } else if (signal instanceof GatewaySignal.Answered answered) {
            message.setAnswered(CallAnswered.newBuilder().setCallId(answered.callId()).setBearer(bearer(answered.bearer())));
        } else if (signal instanceof GatewaySignal.Released released) {
            message.setReleased(CallReleased.newBuilder().setCallId(released.callId()).setCause(released.cause())
                    .setSipStatus(released.sipStatus()).setReason(released.reason()));
        } else if (signal instanceof GatewaySignal.PlaceCall place) {
            message.setPlaceCall(PlaceCall.newBuilder().setCallId(place.callId()).setIpui(place.ipui().value())
                    .setDialledNumber(place.dialledNumber()).setBearer(bearer(place.bearer())));
        } else if (signal instanceof GatewaySignal.BearerAdded added) {
            message.setBearerAdded(BearerAdded.newBuilder().setCallId(added.callId()).setBearer(bearer(added.bearer())));
        } else if (signal instanceof GatewaySignal.BearerRemoved removed) {
            message.setBearerRemoved(BearerRemoved.newBuilder().setCallId(removed.callId()).setBaseMac(removed.base().value()));
        }
        return message.build();
    }

    private static io.multicell.proto.manager.v1.Bearer bearer(Bearer bearer) {
        return io.multicell.proto.manager.v1.Bearer.newBuilder().setBaseMac(bearer.base().value())
                .setRelayEndpoint(bearer.relayEndpoint()).build();
    }

    static ListBaseStatisticsResponse statistics(List<BaseStatisticsRow> rows) {
        var response = ListBaseStatisticsResponse.newBuilder();
        for (BaseStatisticsRow row : rows) {
            response.addBases(BaseStatistics.newBuilder()
                    .setMac(row.mac().value()).setName(row.name()).setCluster(row.cluster()).setRpn(row.rpn())
                    .setSyncRpn(row.syncRpn()).setSyncLevel(row.syncLevel()).setConn(row.conn())
                    .setHoSetup(row.hoSetup()).setHoRelease(row.hoRelease()).setCallDrops(row.callDrops())
                    .setAsync(row.async()).setBusy(row.busy()).setConnDrops(row.connDrops())
                    .setCalls(row.calls()).setCallsPeak(row.callsPeak()).setSyncSwaps(row.syncSwaps()));
        }
        return response.build();
    }

    static ListCallsResponse calls(List<CallView> calls) {
        var response = ListCallsResponse.newBuilder();
        for (CallView call : calls) {
            response.addCalls(io.multicell.proto.manager.v1.CallView.newBuilder()
                    .setCallId(call.callId()).setIpui(call.ipui().value()).setDirection(call.direction().label())
                    .setState(call.state().name()).addAllBearerBaseMacs(call.bearers().stream().map(MacAddress::value).toList())
                    .setRemoteNumber(call.remoteNumber()).setHandovers(call.handovers()));
        }
        return response.build();
    }
}
