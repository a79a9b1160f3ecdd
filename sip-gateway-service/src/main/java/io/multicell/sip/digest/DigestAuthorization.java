package io.multicell.sip.digest;

/**
 * Credentials answering one {@link DigestChallenge}: the fields of an Authorization or Proxy-Authorization header.
 *
 * @param qop "auth", or empty when the challenge offered no qop (then nc and cnonce are not sent)
 * @param nonceCount how often this nonce has been answered, sent as 8 hex digits
 */
public record DigestAuthorization(
        String username,
        String realm,
        String nonce,
        String uri,
        String response,
        String algorithm,
        String opaque,
        String qop,
        String cnonce,
        int nonceCount) {

    /** Nonce count as sent on the wire: 8 lower-case hex digits. */
    public String nc() {
        return String.format("%08x", nonceCount);
    }

    /** The header value, e.g. {@code Digest username="1001", realm="...", ..., response="..."}. */
    public String headerValue() {
        var value = new StringBuilder("Digest ")
                .append("username=\"").append(username).append('"')
                .append(", realm=\"").append(realm).append('"')
                .append(", nonce=\"").append(nonce).append('"')
                .append(", uri=\"").append(uri).append('"');
        if (!qop.isEmpty()) {
            value.append(", qop=").append(qop)
                    .append(", nc=").append(nc())
                    .append(", cnonce=\"").append(cnonce).append('"');
        }
        value.append(", response=\"").append(response).append('"');
        if (!opaque.isEmpty()) {
            value.append(", opaque=\"").append(opaque).append('"');
        }
        if (!algorithm.isEmpty()) {
            value.append(", algorithm=").append(algorithm);
        }
        return value.toString();
    }
}
