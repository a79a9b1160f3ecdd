package io.multicell.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** JSON over HTTP/1.1 to one service, failing loudly on any answer but the expected status. */
final class JsonHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final String baseUrl;
    private final Optional<String> authorization;

    JsonHttp(String baseUrl, Optional<String> user, Optional<String> password) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUrl = baseUrl;
        this.authorization = user.map(u -> "Basic " + Base64.getEncoder()
                .encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode get(String path, int expected) {
        return send("GET", path, null, expected);
    }

    JsonNode post(String path, Object body, int expected) {
        return send("POST", path, body, expected);
    }

    JsonNode put(String path, Object body, int expected) {
        return send("PUT", path, body, expected);
    }

    /** The answer's status, for polls that accept several. */
    JsonNode delete(String path, int expected) {
        return send("DELETE", path, null, expected);
    }

    int status(String path) {
        var request = request(path).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted", e);
        }
    }

    private JsonNode send(String method, String path, Object body, int expected) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new BenchmarkException("cannot write JSON for " + method + " " + path, e);
        }
        var request = request(path).header("Content-Type", "application/json").method(method, publisher).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchmarkException(method + " " + baseUrl + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted during " + method + " " + path, e);
        }
        if (response.statusCode() != expected) {
            throw new BenchmarkException(method + " " + baseUrl + path + " answered " + response.statusCode() + " (expected "
                    + expected + "): " + abbreviate(response.body()));
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BenchmarkException(method + " " + path + " answered no JSON: " + abbreviate(response.body()), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).header("Accept", "application/json");
        authorization.ifPresent(a -> builder.header("Authorization", a));
        return builder;
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
