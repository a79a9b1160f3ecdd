package io.multicell.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for a Quarkus service in process tests: serves /q/health/ready on QUARKUS_HTTP_PORT and says what happens
 * to it on standard output. TINY_EXIT_CODE makes it exit at once; TINY_HANG_ON_TERM makes it ignore SIGTERM.
 */
public final class TinyService {

    private TinyService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.out.println("tiny service up, TINY_ECHO=" + System.getenv("TINY_ECHO"));
        String exit = System.getenv("TINY_EXIT_CODE");
        if (exit != null) {
            System.out.println("tiny service exits with " + exit);
            System.exit(Integer.parseInt(exit));
        }
        boolean hang = System.getenv("TINY_HANG_ON_TERM") != null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("tiny service stopped gracefully");
            if (hang) {
                try {
                    new CountDownLatch(1).await(); // a shutdown that never ends: only SIGKILL helps
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 0);
        server.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        new CountDownLatch(1).await();
    }
}
