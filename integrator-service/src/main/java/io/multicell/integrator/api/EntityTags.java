package io.multicell.integrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The version check of the REST API's settings documents: a GET answers with a strong ETag of the stored document,
 * a PUT with {@code If-Match} changes it only while that is still the stored version (RFC 9110), else 412 and nothing
 * changes. Without If-Match a PUT changes what is stored, as it always did.
 *
 * <p>The ETag is a hash (SHA-256, 128 bits in base64url) of the stored document as JSON, not a counter: the documents
 * live in several tables and owners (coordinators, repositories, the system setup), a hash needs no schema change and
 * no owner to bump it, is the same on every integrator replica and after a restart, and a change that is undone
 * (A→B→A) rightly gives back the tag the client saw. The hash is of the configuration of record, never of live state
 * (registration status, system time), so an ETag changes only when a setting does.
 */
@ApplicationScoped
public class EntityTags {

    /** The OpenAPI description of the header, one text for every PUT. */
    public static final String IF_MATCH_DOC = "Optional: the ETag of the GET this change is based on. Another version "
            + "stored now: 412 and nothing changes (GET again). \"*\": any stored version. Absent: no check.";
    /** The OpenAPI description of the ETag answered by a GET and a PUT. */
    public static final String ETAG_DOC = "Strong ETag of the stored settings: send it back in If-Match with the PUT";
    /** The OpenAPI description of the 412 answer. */
    public static final String STALE_DOC = "If-Match is not the stored version (changed since your GET); nothing changed: "
            + "GET again and apply your change to what is stored now";

    private final ObjectMapper json;
    /** One lock per document: the check and the change of one document are not interleaved by another API request. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public EntityTags(ObjectMapper json) {
        this.json = json;
    }

    /** The strong ETag (with its quotes) of a stored document. */
    public String of(Object stored) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(stored));
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + stored.getClass().getSimpleName(), e);
        }
    }

    /** 200 with the document and its ETag (the body is the stored document itself). */
    public <T> RestResponse<T> read(T document) {
        return read(document, () -> document);
    }

    /**
     * 200 with {@code body} and the ETag of {@code stored}. The stored document is read first: should it change before
     * the body is read, a PUT with this ETag is refused (412) rather than overwriting a change its client did not see.
     */
    public <T> RestResponse<T> read(Object stored, Supplier<T> body) {
        String tag = of(stored);
        return tagged(body.get(), tag);
    }

    /**
     * A PUT of the document named {@code document} (e.g. "telephony/voip", "provider-profiles/3"): with If-Match, the
     * stored version must match it (412 otherwise, nothing changed); then {@code change} runs and the answer carries
     * the ETag of the document stored now. A missing document (404) is answered by {@code stored} throwing, as without
     * the header: a PUT never creates one.
     */
    public <T> RestResponse<T> write(String document, String ifMatchHeader, Supplier<?> stored, Supplier<T> change) {
        IfMatch ifMatch = IfMatch.parse(ifMatchHeader);
        synchronized (locks.computeIfAbsent(document, d -> new Object())) {
            if (ifMatch != null) {
                String current = of(stored.get());
                if (!ifMatch.matches(current)) {
                    throw new PreconditionFailedException(current);
                }
            }
            T result = change.get();
            return tagged(result, of(stored.get()));
        }
    }

    private static <T> RestResponse<T> tagged(T body, String tag) {
        return RestResponse.ResponseBuilder.ok(body).tag(EntityTag.valueOf(tag)).build();
    }
}
