package fi.polku.topology;

import fi.polku.topology.Topology.Client;
import fi.polku.topology.Topology.Consumer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs of every Kafka principal the topology knows (each service, each outside system, the dead-letter replay),
 * made from the declaration alone: the local broker and the test broker grant exactly these ({@link EnsureAccess}),
 * and {@code GrantsTest} holds deploy/k8s's KafkaUsers to them, so what a broker here enforces and what production's
 * KafkaUsers say are one thing. A principal is {@code User:<KafkaUser name>}; every grant is an allow from any host.
 *
 * <ul>
 * <li>a service writes and describes what it produces and its dead letters, reads and describes what it consumes and
 * its dead letters, writes a topic with identity codes it consumes (it replays those dead letters itself), and uses
 * the consumer groups named after it (a prefix; a group outside that prefix is granted by name);</li>
 * <li>an outside system writes and reads the topics it names, each literally, and uses its groups' prefix;</li>
 * <li>the replay reads every dead-letter topic but those with identity codes, writes their source topics and commits
 * as {@code <group>.replay}.</li>
 * </ul>
 */
public final class Grants {

    private static final Set<AclOperation> WRITE = EnumSet.of(AclOperation.WRITE, AclOperation.DESCRIBE);
    private static final Set<AclOperation> READ = EnumSet.of(AclOperation.READ, AclOperation.DESCRIBE);

    private Grants() {}

    /** The principal Kafka sees for a KafkaUser, as Strimzi names it. */
    public static String principal(String user) {
        return "User:" + user;
    }

    /** Every user's bindings, by KafkaUser name. */
    public static Map<String, Set<AclBinding>> of(Topology topology) {
        Map<String, Set<AclBinding>> all = new TreeMap<>();
        topology.services().keySet().forEach(name -> all.put(name, service(topology, name)));
        topology.clients().forEach((name, client) -> all.put(name, client(name, client)));
        all.put(topology.deadLetters().replayUser(), replay(topology));
        return all;
    }

    private static Set<AclBinding> service(Topology topology, String name) {
        Resources resources = new Resources(name);
        Topology.Service service = topology.services().get(name);
        service.produces().forEach(t -> resources.topic(t, WRITE));
        service.outgoing().values().forEach(t -> resources.topic(t, WRITE));
        resources.groupPrefix(name);
        for (Consumer c : topology.consumers()) {
            if (!c.service().equals(name)) {
                continue;
            }
            resources.topic(c.topic(), READ);
            resources.topic(c.deadLetterTopic(), WRITE);
            resources.topic(c.deadLetterTopic(), READ);
            resources.group(c.group());
            resources.group(c.group() + Topology.REPLAY_GROUP_SUFFIX);
            if (topology.topics().get(c.topic()).identityCodes()) {
                resources.topic(c.topic(), WRITE);
            }
        }
        return resources.bindings();
    }

    private static Set<AclBinding> client(String name, Client client) {
        Resources resources = new Resources(name);
        client.produces().forEach(t -> resources.topic(t, WRITE));
        client.consumes().forEach(t -> resources.topic(t, READ));
        if (client.groupPrefix() != null) {
            resources.groupPrefix(client.groupPrefix());
        }
        return resources.bindings();
    }

    private static Set<AclBinding> replay(Topology topology) {
        Resources resources = new Resources(topology.deadLetters().replayUser());
        for (Consumer c : topology.consumers()) {
            if (topology.topics().get(c.topic()).identityCodes()) {
                continue;
            }
            resources.topic(c.deadLetterTopic(), READ);
            resources.topic(c.topic(), WRITE);
            resources.group(c.group() + Topology.REPLAY_GROUP_SUFFIX);
        }
        return resources.bindings();
    }

    /** One user's resources and operations; a group already under the user's group prefix needs no grant of its own. */
    private static final class Resources {
        private final String user;
        private final Map<ResourcePattern, Set<AclOperation>> operations = new LinkedHashMap<>();
        private final List<String> groupPrefixes = new ArrayList<>();

        Resources(String user) {
            this.user = user;
        }

        void topic(String name, Set<AclOperation> granted) {
            add(new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL), granted);
        }

        void groupPrefix(String prefix) {
            groupPrefixes.add(prefix);
            add(new ResourcePattern(ResourceType.GROUP, prefix, PatternType.PREFIXED), READ);
        }

        void group(String name) {
            if (groupPrefixes.stream().noneMatch(name::startsWith)) {
                add(new ResourcePattern(ResourceType.GROUP, name, PatternType.LITERAL), READ);
            }
        }

        private void add(ResourcePattern pattern, Set<AclOperation> granted) {
            operations
                    .computeIfAbsent(pattern, k -> EnumSet.noneOf(AclOperation.class))
                    .addAll(granted);
        }

        Set<AclBinding> bindings() {
            return operations.entrySet().stream()
                    .flatMap(e -> e.getValue().stream()
                            .map(op -> new AclBinding(
                                    e.getKey(),
                                    new AccessControlEntry(principal(user), "*", op, AclPermissionType.ALLOW))))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
