package fi.polku.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Makes the broker's topics match the topology in one JVM: creates the missing ones, dead letters included, and sets
 * retention and min.insync.replicas on every one, so a stack created before a change gets it too. Run by
 * deploy/local/stack on the broker's classpath and this module's classes, as the admin principal:
 * {@code java -cp <classes>:<broker classpath> fi.polku.topology.EnsureTopics <admin client properties>
 * <topology.yaml> <replication factor>}; the test broker in the services' tests applies it too (no client may create
 * a topic, so none appears by being used).
 */
public final class EnsureTopics {

    private EnsureTopics() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EnsureTopics <admin client properties> <topology.yaml> <replication factor>");
            System.exit(2);
        }
        Topology topology = Topology.read(Path.of(args[1]));
        try (Admin admin = Admin.create(EnsureAccess.load(Path.of(args[0])))) {
            apply(admin, topology, Short.parseShort(args[2])).forEach(name -> System.out.println("creating " + name));
        }
    }

    /** Creates the missing topics and sets every topic's settings; returns the names of the topics it created. */
    public static List<String> apply(Admin admin, Topology topology, short replication)
            throws InterruptedException, ExecutionException, TimeoutException {
        String minInSync = Integer.toString(Math.max(1, replication - 1));
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, Collection<AlterConfigOp>> configs = new HashMap<>();
        for (Topology.BrokerTopic topic : topology.brokerTopics()) {
            Map<String, String> config =
                    Map.of("retention.ms", Long.toString(topic.retentionMs()), "min.insync.replicas", minInSync);
            if (!existing.contains(topic.name())) {
                missing.add(new NewTopic(topic.name(), topic.partitions(), replication).configs(config));
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
        return missing.stream().map(NewTopic::name).toList();
    }
}
