package io.multicell.integrator.tls;

import io.multicell.integrator.persistence.WebCertificateRepository;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * "Loading the web security certificate": the HTTPS port serves the certificate kept in PostgreSQL; on the very first
 * start a self-signed one is generated and stored, so every later start (and every integrator replica) serves the
 * same one and a browser's exception for it stays valid. It is registered in the TLS registry at StartupEvent,
 * which Quarkus fires before the HTTP server opens its sockets (quarkus.http.tls-configuration-name=web).
 */
@ApplicationScoped
public class WebCertificates {

    public static final String TLS_CONFIGURATION = "web";
    private static final Logger LOG = Logger.getLogger(WebCertificates.class);

    private final WebCertificateRepository repository;
    private final TlsConfigurationRegistry registry;
    private final Clock clock;

    public WebCertificates(WebCertificateRepository repository, TlsConfigurationRegistry registry, Clock clock) {
        this.repository = repository;
        this.registry = registry;
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
        registry.register(TLS_CONFIGURATION, new WebTlsConfiguration(certificate));
    }

    public WebCertificate current() {
        return repository.find().orElseThrow();
    }
}
