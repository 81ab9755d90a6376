import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Makes the broker's topics match topics.conf in one JVM: creates the missing ones and sets retention and
 * min.insync.replicas on every one, so a stack created before a change gets it too. Run by deploy/local/stack
 * as a single-file program on the broker's classpath:
 * {@code java -cp <broker classpath> EnsureTopics.java <bootstrap> <topics.conf> <replication factor>}.
 */
public class EnsureTopics {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Path spec = Path.of(args[1]);
        short replication = Short.parseShort(args[2]);
        String minInSync = Integer.toString(Math.max(1, replication - 1));
        Map<String, String[]> wanted = new LinkedHashMap<>();
        for (String line : Files.readAllLines(spec)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                String[] fields = trimmed.split("\\s+");
                wanted.put(fields[0], fields);
            }
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> configs = new HashMap<>();
            for (String[] topic : wanted.values()) {
                Map<String, String> config = Map.of("retention.ms", topic[2], "min.insync.replicas", minInSync);
                if (!existing.contains(topic[0])) {
                    missing.add(new NewTopic(topic[0], Integer.parseInt(topic[1]), replication).configs(config));
                    System.out.println("creating " + topic[0]);
                }
                configs.put(new ConfigResource(ConfigResource.Type.TOPIC, topic[0]), config.entrySet().stream()
                        .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                        .toList());
            }
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            admin.incrementalAlterConfigs(configs).all().get(60, TimeUnit.SECONDS);
        }
    }
}
