package io.multicell.integrator.tls;

import io.quarkus.tls.BaseTlsConfiguration;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.KeyStoreOptions;
import io.vertx.core.net.SSLOptions;
import java.security.KeyStore;

/**
 * The web security certificate as a TLS configuration of the Quarkus TLS registry (name "web"). The certificate can be
 * replaced while the server runs: {@link WebCertificates} swaps it here and fires CertificateUpdatedEvent, on which
 * the Quarkus HTTP server takes the new SSL options for every following TLS handshake.
 */
final class WebTlsConfiguration extends BaseTlsConfiguration {

    private volatile WebCertificate certificate;
    private volatile KeyStore keyStore;

    WebTlsConfiguration(WebCertificate certificate) {
        replace(certificate);
    }

    void replace(WebCertificate next) {
        this.keyStore = next.load();
        this.certificate = next;
    }

    WebCertificate certificate() {
        return certificate;
    }

    @Override
    public KeyStore getKeyStore() {
        return keyStore;
    }

    @Override
    public KeyCertOptions getKeyStoreOptions() {
        WebCertificate served = certificate;
        return new KeyStoreOptions().setType("PKCS12").setValue(Buffer.buffer(served.keyStore()))
                .setPassword(served.password());
    }

    @Override
    public SSLOptions getSSLOptions() {
        SSLOptions options = new SSLOptions();
        options.setKeyCertOptions(getKeyStoreOptions());
        return options;
    }

    @Override
    public String getName() {
        return WebCertificates.TLS_CONFIGURATION;
    }
}
