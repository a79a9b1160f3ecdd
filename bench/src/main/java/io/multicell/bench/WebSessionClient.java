package io.multicell.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A logged-in session of the web configurator over HTTPS, as a browser has it (login form, session cookie), for
 * timing page loads from the request to the last byte of the response. The cluster's certificate is self-signed:
 * this client trusts any (it only ever talks to the benchmark's own loopback cluster).
 */
final class WebSessionClient {

    static final String SESSION_COOKIE = "multicell-session";

    private final HttpClient http;
    private final String baseUrl;
    private final String session;

    private WebSessionClient(HttpClient http, String baseUrl, String session) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.session = session;
    }

    static WebSessionClient login(String httpsBaseUrl, String user, String password) {
        HttpClient http = HttpClient.newBuilder().sslContext(trustAll()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(httpsBaseUrl + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(http, request);
        String session = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .map(c -> c.substring(SESSION_COOKIE.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new BenchmarkException("login of " + user + " gave no session cookie (HTTP " + response.statusCode() + ")"));
        return new WebSessionClient(http, httpsBaseUrl, session);
    }

    /** One page load: the time from sending the request to having read the whole response, and the response. */
    Load load(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", SESSION_COOKIE + "=" + session)
                .timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = send(http, request, HttpResponse.BodyHandlers.ofByteArray());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (response.statusCode() != 200) {
            throw new BenchmarkException("GET " + path + " answered " + response.statusCode());
        }
        return new Load(took, response.body().length, new String(response.body(), StandardCharsets.UTF_8));
    }

    record Load(Duration took, int bytes, String body) {
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        return send(http, request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new BenchmarkException(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted");
        }
    }

    private static SSLContext trustAll() {
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {any}, null);
            return context;
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new IllegalStateException(e);
        }
    }
}
