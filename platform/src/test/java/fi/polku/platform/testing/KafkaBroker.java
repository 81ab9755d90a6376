package fi.polku.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/** A real single-node Kafka broker (KRaft, combined broker and controller) inside the test JVM. */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static volatile String bootstrapServers;
    private KafkaClusterTestKit cluster;

    /** The running broker's bootstrap address, for the tests' own producers and consumers. */
    public static String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("The Kafka test broker is not running");
        }
        return bootstrapServers;
    }

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                            .build())
                    // A single broker cannot satisfy the default replication of 3 for internal topics.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka test broker did not start", e);
        }
        bootstrapServers = cluster.bootstrapServers();
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public void stop() {
        bootstrapServers = null;
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka test broker did not stop", e);
            }
        }
    }
}
