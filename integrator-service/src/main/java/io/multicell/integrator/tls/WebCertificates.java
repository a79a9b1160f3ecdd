package io.multicell.integrator.tls;

import io.multicell.integrator.persistence.WebCertificateRepository;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.tls.CertificateUpdatedEvent;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * "Loading the web security certificate": the HTTPS port serves the certificate kept in PostgreSQL; on the very first
 * start a self-signed one is generated and stored, so every later start (and every integrator replica) serves the
 * same one and a browser's exception for it stays valid. It is registered in the TLS registry at StartupEvent,
 * which Quarkus fires before the HTTP server opens its sockets (quarkus.http.tls-configuration-name=web).
 *
 * <p>An uploaded certificate (or a new self-signed one) is stored and served from the next TLS handshake on, without a
 * restart: the TLS configuration takes it and CertificateUpdatedEvent makes the HTTP server update its SSL options.
 * Other integrator replicas notice the stored one at their next check.
 */
@ApplicationScoped
public class WebCertificates {

    public static final String TLS_CONFIGURATION = "web";
    private static final Logger LOG = Logger.getLogger(WebCertificates.class);

    private final WebCertificateRepository repository;
    private final TlsConfigurationRegistry registry;
    private final Event<CertificateUpdatedEvent> updated;
    private final Clock clock;
    private volatile WebTlsConfiguration served;

    public WebCertificates(WebCertificateRepository repository, TlsConfigurationRegistry registry,
                           Event<CertificateUpdatedEvent> updated, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.updated = updated;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        WebCertificate certificate = repository.find().orElseGet(() -> {
            WebCertificate generated = SelfSignedCertificate.generate("multicell-integrator");
            repository.insertIfAbsent(generated, clock.instant());
            LOG.infof("Generated the self-signed web security certificate %s, valid until %s",
                    generated.subject(), generated.notAfter());
            return repository.find().orElseThrow();
        });
        served = new WebTlsConfiguration(certificate);
        registry.register(TLS_CONFIGURATION, served);
    }

    public WebCertificate current() {
        return repository.find().orElseThrow();
    }

    /** Stores an uploaded certificate (checked by {@link CertificateUpload}) and serves it from the next handshake on. */
    public synchronized WebCertificate upload(WebCertificateRequest request) {
        WebCertificate certificate = CertificateUpload.check(request, clock.instant());
        repository.replace(certificate, clock.instant());
        serve(certificate);
        LOG.infof("Web security certificate %s uploaded, valid until %s", certificate.subject(), certificate.notAfter());
        return certificate;
    }

    /** Back to a self-signed certificate, made anew. */
    public synchronized WebCertificate selfSigned() {
        WebCertificate certificate = SelfSignedCertificate.generate("multicell-integrator");
        repository.replace(certificate, clock.instant());
        serve(certificate);
        LOG.infof("Web security certificate replaced by a new self-signed one, valid until %s", certificate.notAfter());
        return certificate;
    }

    /** Another integrator replica may have stored a new certificate: serve it here too. */
    @Scheduled(identity = "web-certificate-check", every = "${multicell.integrator.web.certificate-check:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void followStored() {
        WebTlsConfiguration configuration = served;
        if (configuration == null) {
            return;
        }
        repository.find().filter(stored -> !Arrays.equals(stored.keyStore(), configuration.certificate().keyStore()))
                .ifPresent(stored -> {
                    LOG.infof("Serving the web security certificate %s stored by another integrator", stored.subject());
                    serve(stored);
                });
    }

    private void serve(WebCertificate certificate) {
        served.replace(certificate);
        updated.fire(new CertificateUpdatedEvent(TLS_CONFIGURATION, served));
    }
}
