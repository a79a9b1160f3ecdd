package io.multicell.kafka;

/** The in-process Kafka broker could not be formatted, started or stopped. */
public class KafkaBrokerException extends RuntimeException {

    public KafkaBrokerException(String message) {
        super(message);
    }

    public KafkaBrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
