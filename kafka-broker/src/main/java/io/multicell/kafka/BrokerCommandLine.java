package io.multicell.kafka;

import java.nio.file.Path;

/** The options of {@link KafkaBroker#main}, with the ports of the local mini multicell as defaults. */
record BrokerCommandLine(Path dataDir, int port, int controllerPort) {

    static final String USAGE =
            "usage: KafkaBroker [--data-dir <dir>] [--port <n>] [--controller-port <n>]"
                    + " (defaults: deploy/local/run/data/kafka, 19092, 19093)";

    static BrokerCommandLine parse(String... args) {
        var dataDir = Path.of("deploy/local/run/data/kafka");
        int port = 19092;
        int controllerPort = 19093;
        for (int i = 0; i < args.length; i++) {
            var option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            var value = args[++i];
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--port" -> port = port(option, value);
                case "--controller-port" -> controllerPort = port(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (port == controllerPort) {
            throw new IllegalArgumentException("--port and --controller-port must differ, both are " + port);
        }
        return new BrokerCommandLine(dataDir, port, controllerPort);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(option + " must be 1..65535, was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was " + value);
        }
    }
}
