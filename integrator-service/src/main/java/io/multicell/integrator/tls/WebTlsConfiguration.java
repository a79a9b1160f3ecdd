package io.multicell.integrator.tls;

import io.quarkus.tls.BaseTlsConfiguration;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.KeyStoreOptions;
import io.vertx.core.net.SSLOptions;
import java.security.KeyStore;

/** The web security certificate as a TLS configuration of the Quarkus TLS registry (name "web"). */
final class WebTlsConfiguration extends BaseTlsConfiguration {

    private final WebCertificate certificate;
    private final KeyStore keyStore;

    WebTlsConfiguration(WebCertificate certificate) {
        this.certificate = certificate;
        this.keyStore = certificate.load();
    }

    @Override
    public KeyStore getKeyStore() {
        return keyStore;
    }

    @Override
    public KeyCertOptions getKeyStoreOptions() {
        return new KeyStoreOptions().setType("PKCS12").setValue(Buffer.buffer(certificate.keyStore()))
                .setPassword(certificate.password());
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
