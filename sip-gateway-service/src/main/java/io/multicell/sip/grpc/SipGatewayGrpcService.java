package io.multicell.sip.grpc;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.google.protobuf.Timestamp;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.multicell.core.process.ServiceProcess;
import io.multicell.proto.sip.v1.ApplySipConfigurationResponse;
import io.multicell.proto.sip.v1.ListAccountStatusRequest;
import io.multicell.proto.sip.v1.ListAccountStatusResponse;
import io.multicell.proto.sip.v1.SipConfiguration;
import io.multicell.proto.sip.v1.SipGatewayGrpc;
import io.multicell.sip.SipGatewayBeans;
import io.multicell.sip.SipSettings;
import io.multicell.sip.config.InvalidSipConfiguration;
import io.multicell.sip.config.SipConfigurationValidator;
import io.multicell.sip.registration.Registrations;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code multicell.sip.v1.SipGateway}: the integrator pushes the whole SIP configuration (kept in memory; the
 * integrator is the configuration of record and pushes again on start) and reads every account's registration.
 */
@GrpcService
@Blocking
public class SipGatewayGrpcService extends SipGatewayGrpc.SipGatewayImplBase {

    private static final Logger LOG = Logger.getLogger(SipGatewayGrpcService.class);

    private final SipConfigurationValidator validator = new SipConfigurationValidator();

    @Inject
    Registrations registrations;

    @Inject
    SipSettings settings;

    private final ServiceProcess process;

    SipGatewayGrpcService(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.process = ServiceProcess.current(version);
    }

    @Override
    public void applySipConfiguration(SipConfiguration request, StreamObserver<ApplySipConfigurationResponse> response) {
        var configuration = SipConfigurationMapper.toDomain(request);
        try {
            validator.validate(configuration);
        } catch (InvalidSipConfiguration e) {
            LOG.infof("SIP configuration revision %d refused: %s", request.getRevision(), e.getMessage());
            response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
            return;
        }
        try {
            registrations.apply(configuration, SipGatewayBeans.localEndpoint(settings, configuration.voip()));
        } catch (IllegalStateException e) {
            response.onError(Status.UNAVAILABLE.withDescription(e.getMessage()).asRuntimeException());
            return;
        }
        response.onNext(ApplySipConfigurationResponse.newBuilder().setRevision(configuration.revision()).build());
        response.onCompleted();
    }

    @Override
    public void listAccountStatus(ListAccountStatusRequest request, StreamObserver<ListAccountStatusResponse> response) {
        var clock = registrations.clock();
        var list = ListAccountStatusResponse.newBuilder().setRevision(registrations.configuration().revision())
                .setGatewayVersion(process.version())
                .setGatewayStartedAt(Timestamp.newBuilder().setSeconds(process.startedAt().getEpochSecond())
                        .setNanos(process.startedAt().getNano()));
        registrations.statuses().forEach(status -> list.addAccounts(AccountStatusMapper.toWire(status, clock)));
        response.onNext(list.build());
        response.onCompleted();
    }
}
