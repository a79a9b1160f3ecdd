package io.multicell.integrator.tls;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Web security certificate" upload: PEM text (certificate chain and private key) or a PKCS#12 file, with its password. */
@Schema(name = "WebCertificateUpload", description = "Either pem (with privateKey unless pem holds the key) or pkcs12")
public record WebCertificateRequest(
        @Schema(description = "PEM: the server certificate first or anywhere, its CA chain, and optionally the private key")
        String pem,
        @Schema(description = "PEM private key, when it is not in pem (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA/EC PRIVATE KEY)")
        String privateKey,
        @Schema(description = "A PKCS#12 file (.p12/.pfx), base64") String pkcs12,
        @Schema(description = "Web security password: opens the PKCS#12 file or an encrypted private key") String password) {

    @Override
    public String toString() {
        return "WebCertificateRequest[pem=" + (pem != null) + ", privateKey=" + (privateKey != null ? "***" : null)
                + ", pkcs12=" + (pkcs12 != null) + ", password=" + (password != null ? "***" : null) + "]";
    }
}
