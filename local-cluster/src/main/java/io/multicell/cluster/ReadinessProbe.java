package io.multicell.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One look at whether a process serves yet. */
@FunctionalInterface
public interface ReadinessProbe {

    boolean ready();

    /** What is being probed, for messages. */
    default String describe() {
        return "readiness probe";
    }

    /** GET http://127.0.0.1:port/q/health/ready answers 200. */
    static ReadinessProbe quarkusHealth(int httpPort) {
        return httpOk(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"));
    }

    /** GET url answers 200. */
    static ReadinessProbe httpOk(URI url) {
        return new ReadinessProbe() {
            @Override
            public boolean ready() {
                try {
                    var response = Http.CLIENT.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    return response.statusCode() == 200;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public String describe() {
                return url.toString();
            }
        };
    }

    /** Something accepts TCP connections on 127.0.0.1:port. */
    static ReadinessProbe tcpPort(int port) {
        return new ReadinessProbe() {
            @Override
            public boolean ready() {
                return Ports.accepting(port);
            }

            @Override
            public String describe() {
                return "tcp 127.0.0.1:" + port;
            }
        };
    }

    /** The one HTTP client of the probes. */
    final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

        private Http() {
        }
    }

    /** Loopback port checks. */
    final class Ports {
        private Ports() {
        }

        public static boolean accepting(int port) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
