package fi.polku.e2e.faults;

import fi.polku.e2e.LocalStack;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One consumer group of one service on one topic, as the service's {@code application.properties} declares
 * it. Read from the sources rather than listed here, so a consumer added later is poisoned and checked too.
 */
record Subscription(String service, String channel, String topic, String group) {

    /** Where this group's dead letters go: {@code <topic>.dlq.<group>}. */
    String deadLetterTopic() {
        return topic + ".dlq." + group;
    }

    static List<Subscription> of(Path root) {
        List<Subscription> all = new ArrayList<>();
        for (String service : LocalStack.SERVICES) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(
                    root.resolve(service + "-service/src/main/resources/application.properties"))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String prefix = "mp.messaging.incoming.";
            for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
                if (key.startsWith(prefix) && key.endsWith(".topic")) {
                    String channel = key.substring(prefix.length(), key.length() - ".topic".length());
                    String group = properties.getProperty(prefix + channel + ".group.id");
                    if (group == null) {
                        throw new IllegalStateException(
                                service + "-service's channel " + channel + " names no group.id");
                    }
                    all.add(new Subscription(
                            service, channel, properties.getProperty(key).strip(), group.strip()));
                }
            }
        }
        return all;
    }
}
