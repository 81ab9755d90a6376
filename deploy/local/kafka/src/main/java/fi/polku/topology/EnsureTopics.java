package fi.polku.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Makes the broker's topics match the topology in one JVM: creates the missing ones, dead letters included, and sets
 * retention and min.insync.replicas on every one, so a stack created before a change gets it too. Run by
 * deploy/local/stack on the broker's classpath and this module's classes:
 * {@code java -cp <classes>:<broker classpath> fi.polku.topology.EnsureTopics <bootstrap> <topology.yaml>
 * <replication factor>}.
 */
public final class EnsureTopics {

    private EnsureTopics() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EnsureTopics <bootstrap servers> <topology.yaml> <replication factor>");
            System.exit(2);
        }
        String bootstrap = args[0];
        Topology topology = Topology.read(Path.of(args[1]));
        short replication = Short.parseShort(args[2]);
        String minInSync = Integer.toString(Math.max(1, replication - 1));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> configs = new HashMap<>();
            for (Topology.BrokerTopic topic : topology.brokerTopics()) {
                Map<String, String> config =
                        Map.of("retention.ms", Long.toString(topic.retentionMs()), "min.insync.replicas", minInSync);
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), replication).configs(config));
                    System.out.println("creating " + topic.name());
                }
                configs.put(
                        new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                        config.entrySet().stream()
                                .map(e -> new AlterConfigOp(
                                        new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                .toList());
            }
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            admin.incrementalAlterConfigs(configs).all().get(60, TimeUnit.SECONDS);
        }
    }
}
