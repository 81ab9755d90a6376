package fi.polku.e2e.faults;

import fi.polku.e2e.LocalStack;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;

/**
 * The local stack as the fault suite drives it, through {@code deploy/local/stack}, with the ports, run directory and
 * databases of {@code deploy/e2e/faults-stack.properties}, which {@code deploy/faults} reads too to clean up after
 * the suite. Every fault is a stack subcommand, so a person can repeat any of them by hand.
 */
final class FaultStack {

    static final LocalStack STACK = fromSettings();

    private static LocalStack fromSettings() {
        Properties settings = new Properties();
        try (Reader reader =
                Files.newBufferedReader(LocalStack.checkoutRoot().resolve("deploy/e2e/faults-stack.properties"))) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalStack(
                settings.getProperty("run-dir"),
                Integer.parseInt(settings.getProperty("http-port-base")),
                Integer.parseInt(settings.getProperty("kafka-port")),
                settings.getProperty("db-prefix"),
                Integer.parseInt(settings.getProperty("pg-port")));
    }

    private FaultStack() {}
}
