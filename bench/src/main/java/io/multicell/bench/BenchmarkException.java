package io.multicell.bench;

/** The benchmark cannot go on (a service refused, a wait ran out); the message says what and where. */
public class BenchmarkException extends RuntimeException {

    public BenchmarkException(String message) {
        super(message);
    }

    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
