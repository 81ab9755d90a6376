package fi.polku.topology;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.topology.Manifests.Layer;
import fi.polku.topology.Manifests.Manifest;
import fi.polku.topology.Topology.BrokerTopic;
import fi.polku.topology.Topology.Channel;
import fi.polku.topology.Topology.Client;
import fi.polku.topology.Topology.Consumer;
import fi.polku.topology.Topology.Service;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds the rest of the repository to the topology ({@link Topology#FILE}), naming the file and the difference:
 * <ul>
 * <li>every topic the broker must have, dead letters included, has exactly one KafkaTopic with the declared partitions
 * and retention and production's replicas and min.insync.replicas, and no other settings; no KafkaTopic is
 * undeclared;</li>
 * <li>every service, outside system and the dead-letter replay has a KafkaUser that may do what the topology says it
 * does (read and describe what it consumes, use its consumer groups, write and describe what it produces and its dead
 * letters, replay; Kafka's Read and Write imply Describe) and nothing else on any declared topic or consumer group: no
 * write on a topic it does not produce, no read of a topic it does not consume (a topic with identity codes named as
 * such), no other service's consumer group; an outside system's topic grants are literal; no other KafkaUser
 * exists;</li>
 * <li>every service's {@code application.properties} configures exactly the declared channels, each with the
 * declared topic, group.id and batch, in every profile, and nothing every channel shares (connector,
 * auto.offset.reset, set once in the platform's defaults, which start every channel at the earliest offset); no other
 * module configures channels.</li>
 * </ul>
 * deploy/k8s is read as its base and each overlay would render it ({@link Manifests}); deploy/k8s/validate.sh runs the
 * same check on kubectl's real rendering ({@link #main}).
 */
public final class TopologyCheck {

    private static final Pattern CHANNEL_KEY =
            Pattern.compile("^(%[^.]+\\.)?mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)$");
    private static final String PROPERTIES = "src/main/resources/application.properties";
    /** The platform's defaults for every service, where what all channels share is set once. */
    static final String PLATFORM_DEFAULTS = "platform/src/main/resources/META-INF/microprofile-config.properties";

    private static final String OFFSET_RESET = "mp.messaging.connector.smallrye-kafka.auto.offset.reset";
    /** Channel attributes that every channel shares, set once for the connector. */
    private static final List<String> SHARED = List.of("connector", "auto.offset.reset");

    private final Path root;
    private final Topology topology;

    TopologyCheck(Path root, Topology topology) {
        this.root = root;
        this.topology = topology;
    }

    /** The check of the repository at {@code root}, against its own declaration. */
    public static TopologyCheck of(Path root) throws IOException {
        return new TopologyCheck(root, Topology.read(root.resolve(Topology.FILE)));
    }

    /** Problems of deploy/k8s (base and every overlay) and of every service's configuration; empty when all agree. */
    public List<Problem> check() throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Layer layer : new Manifests(root).layers()) {
            problems.addAll(layer.problems());
            problems.addAll(manifests(layer));
        }
        problems.addAll(services());
        return distinct(problems);
    }

    /** The same, with the Kafka objects taken from rendered manifests ({@code kubectl kustomize} output). */
    public List<Problem> checkRendered(List<Path> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(manifests(new Manifests(root).rendered(file)));
        }
        problems.addAll(services());
        return distinct(problems);
    }

    /** A problem that every layer inherits from the base is reported once. */
    private static List<Problem> distinct(List<Problem> problems) {
        Map<String, Problem> byMessage = new LinkedHashMap<>();
        problems.forEach(p -> byMessage.putIfAbsent(p.message(), p));
        return List.copyOf(byMessage.values());
    }

    // --- KafkaTopics -----------------------------------------------------------------------------------------------

    List<Problem> manifests(Layer layer) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Manifest> topics = new TreeMap<>();
        Map<String, Manifest> users = new TreeMap<>();
        for (Manifest m : layer.objects()) {
            Manifest before = m.kind().equals("KafkaTopic")
                    ? topics.putIfAbsent(m.topicName(), m)
                    : users.putIfAbsent(m.name(), m);
            if (before != null) {
                problems.add(new Problem(
                        m.where(),
                        "two " + m.kind() + "s for " + (m.kind().equals("KafkaTopic") ? m.topicName() : m.name())
                                + ", also in " + before.where()));
            }
        }
        topics(layer, topics, problems);
        users(layer, users, problems);
        return problems;
    }

    private void topics(Layer layer, Map<String, Manifest> topics, List<Problem> problems) {
        Set<String> declared = new HashSet<>();
        for (BrokerTopic topic : topology.brokerTopics()) {
            declared.add(topic.name());
            Manifest m = topics.get(topic.name());
            if (m == null) {
                problems.add(new Problem(
                        layer.name(),
                        "no KafkaTopic for " + topic.name() + " ("
                                + topic.deadLettersOf()
                                        .map(c ->
                                                "the dead letters of " + c.service() + "'s consumer group " + c.group())
                                        .orElse("topics." + topic.name() + " of " + Topology.FILE)
                                + ")"));
                continue;
            }
            JsonNode spec = m.spec();
            JsonNode config = spec.path("config");
            String what = "KafkaTopic " + topic.name() + ": ";
            expect(problems, m, what + "partitions", spec.path("partitions"), topic.partitions(), "the topology");
            expect(
                    problems,
                    m,
                    what + "retention.ms",
                    config.path("retention.ms"),
                    topic.retentionMs(),
                    topic.deadLettersOf().isPresent() ? "the topology (its source topic's)" : "the topology");
            expect(
                    problems,
                    m,
                    what + "replicas",
                    spec.path("replicas"),
                    topology.production().replicas(),
                    "the topology's production");
            expect(
                    problems,
                    m,
                    what + "min.insync.replicas",
                    config.path("min.insync.replicas"),
                    topology.production().minInSyncReplicas(),
                    "the topology's production");
            config.fieldNames().forEachRemaining(key -> {
                if (!key.equals("retention.ms") && !key.equals("min.insync.replicas")) {
                    problems.add(new Problem(
                            m.where(),
                            what + "config " + key + " is " + config.path(key)
                                    + ", which the topology does not say (it says partitions, retention.ms, replicas and "
                                    + "min.insync.replicas)"));
                }
            });
        }
        topics.forEach((name, m) -> {
            if (!declared.contains(name)) {
                problems.add(new Problem(
                        m.where(),
                        "KafkaTopic " + name + " is not in the topology: declare it in " + Topology.FILE
                                + " (a dead-letter topic: the consumer group) or remove it"));
            }
        });
    }

    private static void expect(
            List<Problem> problems, Manifest m, String field, JsonNode actual, long expected, String who) {
        Optional<Long> value = number(actual);
        if (value.isEmpty() || value.get() != expected) {
            problems.add(new Problem(
                    m.where(),
                    field + " is " + (actual.isMissingNode() ? "not set" : actual) + ", " + who + " says " + expected));
        }
    }

    private static Optional<Long> number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Optional.of(node.asLong());
        }
        try {
            return node.isTextual() ? Optional.of(Long.parseLong(node.asText().strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // --- KafkaUsers ------------------------------------------------------------------------------------------------

    /** What one KafkaUser needs and may do, as the topology says. */
    private static final class Access {
        final String role;
        final List<Need> needs = new ArrayList<>();
        /** "topic operation" pairs it may hold; Describe goes with Read and Write. */
        final Set<String> topicGrants = new HashSet<>();

        final Set<String> groups = new HashSet<>();
        String groupPrefix;
        boolean literalTopicsOnly;

        Access(String role) {
            this.role = role;
        }

        void need(String type, String name, String operation, String otherwise) {
            needs.add(new Need(type, name, operation, otherwise));
            if (type.equals("topic")) {
                may(name, operation);
            } else {
                groups.add(name);
            }
        }

        void may(String topic, String operation) {
            topicGrants.add(topic + " " + operation);
            topicGrants.add(topic + " Describe");
        }

        boolean mayUseGroup(String group) {
            return groups.contains(group) || (groupPrefix != null && group.startsWith(groupPrefix));
        }
    }

    private record Need(String type, String name, String operation, String otherwise) {}

    private Map<String, Access> accesses() {
        Map<String, Access> all = new TreeMap<>();
        topology.services().forEach((name, service) -> all.put(name, serviceAccess(name, service)));
        topology.clients().forEach((name, client) -> all.put(name, clientAccess(client)));
        all.put(topology.deadLetters().replayUser(), replayAccess());
        return all;
    }

    private Access serviceAccess(String name, Service service) {
        Access access = new Access("service " + name);
        List<String> produced = new ArrayList<>(service.produces());
        produced.addAll(service.outgoing().values());
        for (String topic : produced) {
            access.need("topic", topic, "Write", "may not write " + topic + ", which it produces");
        }
        for (Consumer c : topology.consumers()) {
            if (!c.service().equals(name)) {
                continue;
            }
            String dlq = c.deadLetterTopic();
            access.need(
                    "topic",
                    c.topic(),
                    "Read",
                    "may not read " + c.topic() + ", which its channel " + c.channel() + " consumes");
            access.need(
                    "group",
                    c.group(),
                    "Read",
                    "may not use consumer group " + c.group() + " of its channel " + c.channel());
            access.need(
                    "topic",
                    dlq,
                    "Write",
                    "may not write its dead letters to " + dlq + " (channel " + c.channel() + ")");
            // A service may read and replay its own dead letters; those of a topic with identity codes it must, as
            // the operator's replay may not read them.
            access.may(dlq, "Read");
            access.groups.add(c.group() + Topology.REPLAY_GROUP_SUFFIX);
            if (topology.topics().get(c.topic()).identityCodes()) {
                access.need(
                        "topic",
                        dlq,
                        "Read",
                        "may not read " + dlq + ", whose dead letters only it may replay " + "(identity codes)");
                access.need("topic", c.topic(), "Write", "may not write " + c.topic() + ", where it replays " + dlq);
                access.need(
                        "group",
                        c.group() + Topology.REPLAY_GROUP_SUFFIX,
                        "Read",
                        "may not use consumer group " + c.group() + Topology.REPLAY_GROUP_SUFFIX
                                + ", which its replay of " + dlq + " commits in");
            }
        }
        return access;
    }

    private Access clientAccess(Client client) {
        Access access = new Access("outside system");
        client.produces().forEach(t -> access.need("topic", t, "Write", "may not write " + t + ", which it produces"));
        client.consumes().forEach(t -> access.need("topic", t, "Read", "may not read " + t + ", which it consumes"));
        if (client.groupPrefix() != null) {
            access.need(
                    "group",
                    client.groupPrefix(),
                    "Read",
                    "may not use its consumer groups " + client.groupPrefix() + "…");
            access.groupPrefix = client.groupPrefix();
        }
        access.literalTopicsOnly = true;
        return access;
    }

    private Access replayAccess() {
        Access access = new Access("the dead-letter replay");
        for (Consumer c : topology.consumers()) {
            if (topology.topics().get(c.topic()).identityCodes()) {
                continue;
            }
            String dlq = c.deadLetterTopic();
            String group = c.group() + Topology.REPLAY_GROUP_SUFFIX;
            access.need("topic", dlq, "Read", "may not read " + dlq + ", whose dead letters it replays");
            access.need("topic", c.topic(), "Write", "may not write " + c.topic() + ", where it replays " + dlq);
            access.need(
                    "group",
                    group,
                    "Read",
                    "may not use consumer group " + group + ", which its replay of " + dlq + " commits in");
        }
        return access;
    }

    private void users(Layer layer, Map<String, Manifest> users, List<Problem> problems) {
        Map<String, Access> accesses = accesses();
        accesses.forEach((name, access) -> {
            Manifest user = users.get(name);
            if (user == null) {
                problems.add(new Problem(
                        layer.name(), "no KafkaUser for " + name + " (" + access.role + " of " + Topology.FILE + ")"));
            } else {
                user(name, access, Acls.of(user.spec()), user.where(), accesses, problems);
            }
        });
        users.forEach((name, user) -> {
            if (!accesses.containsKey(name)) {
                problems.add(new Problem(
                        user.where(),
                        "KafkaUser " + name + " is not in the topology: a service, a "
                                + "client (an outside system) or deadLetters.replayUser of " + Topology.FILE));
            }
        });
    }

    private void user(
            String name, Access access, Acls acls, String where, Map<String, Access> accesses, List<Problem> problems) {
        String who = "KafkaUser " + name + " ";
        for (Need need : access.needs) {
            if (!acls.grants(need.type(), need.name(), need.operation())) {
                problems.add(new Problem(where, who + need.otherwise()));
            }
        }
        List<BrokerTopic> topics = topology.brokerTopics();
        for (Acls.Acl acl : acls.all()) {
            if (!acl.type().equals("topic") || acl.deny()) {
                continue;
            }
            excess(acl, acls, access, accesses).forEach(m -> problems.add(new Problem(where, who + m)));
            if (topics.stream().noneMatch(t -> acl.matches("topic", t.name()))) {
                problems.add(new Problem(where, who + "is granted " + acl + ", which names no topic of the topology"));
            }
            if (access.literalTopicsOnly && (acl.prefix() || acl.name().equals("*"))) {
                problems.add(new Problem(
                        where,
                        who + "may not be granted " + acl + ": an outside system's grants name "
                                + "each topic, so no later topic falls under them"));
            }
        }
        groupOwners(accesses).forEach((group, owners) -> {
            if (!access.mayUseGroup(group)
                    && (acls.grantsExplicitly("group", group, "Read")
                            || acls.grantsExplicitly("group", group, "Describe"))) {
                problems.add(new Problem(where, who + "may use consumer group " + group + " of " + owners));
            }
        });
    }

    /**
     * What {@code acl} grants on declared topics beyond what the topology lets the user do, one message per kind of
     * excess: writing what it does not produce, reading what it does not consume (a topic with identity codes named
     * on its own), describing what it neither reads nor writes, and any other operation.
     */
    private List<String> excess(Acls.Acl acl, Acls acls, Access access, Map<String, Access> accesses) {
        Map<String, List<String>> byOperation = new LinkedHashMap<>();
        for (BrokerTopic topic : topology.brokerTopics()) {
            if (!acl.matches("topic", topic.name())) {
                continue;
            }
            for (String operation : Acls.TOPIC_OPERATIONS) {
                if (acl.lists(operation)
                        && acls.grantsExplicitly("topic", topic.name(), operation)
                        && !access.topicGrants.contains(topic.name() + " " + operation)) {
                    byOperation
                            .computeIfAbsent(operation, k -> new ArrayList<>())
                            .add(topic.name());
                }
            }
        }
        List<String> messages = new ArrayList<>();
        List<String> written = byOperation.getOrDefault("Write", List.of());
        List<String> read = byOperation.getOrDefault("Read", List.of());
        if (!written.isEmpty()) {
            messages.add("may write " + String.join(", ", written) + ", which the topology does not let it produce");
        }
        for (String topic : read) {
            if (topology.carriesIdentityCodes(topic)) {
                messages.add("may read " + topic + ", which carries identity codes: "
                        + accesses.entrySet().stream()
                                .filter(e -> e.getValue().topicGrants.contains(topic + " Read"))
                                .map(Map.Entry::getKey)
                                .collect(Collectors.joining(", "))
                        + " alone may");
            }
        }
        List<String> consumed =
                read.stream().filter(t -> !topology.carriesIdentityCodes(t)).toList();
        if (!consumed.isEmpty()) {
            messages.add("may read " + String.join(", ", consumed) + ", which it does not consume");
        }
        List<String> described = byOperation.getOrDefault("Describe", List.of()).stream()
                .filter(t -> !written.contains(t) && !read.contains(t))
                .toList();
        if (!described.isEmpty()) {
            messages.add("may describe " + String.join(", ", described) + ", which it neither reads nor writes");
        }
        Set<String> others = new TreeSet<>();
        List<String> otherOperations = new ArrayList<>();
        byOperation.forEach((operation, names) -> {
            if (!Set.of("Read", "Write", "Describe").contains(operation)) {
                otherOperations.add(operation);
                others.addAll(names);
            }
        });
        if (!otherOperations.isEmpty()) {
            messages.add("may " + String.join(", ", otherOperations) + " " + String.join(", ", others)
                    + ": the topology grants Read, Write and Describe on topics, nothing else");
        }
        return messages;
    }

    /** Every consumer group the topology knows (the replays' included) and who may use it. */
    private static Map<String, String> groupOwners(Map<String, Access> accesses) {
        Map<String, Set<String>> owners = new TreeMap<>();
        accesses.forEach((name, access) -> {
            access.groups.forEach(
                    g -> owners.computeIfAbsent(g, k -> new TreeSet<>()).add(name));
            if (access.groupPrefix != null) {
                owners.computeIfAbsent(access.groupPrefix, k -> new TreeSet<>()).add(name);
            }
        });
        Map<String, String> joined = new TreeMap<>();
        owners.forEach((g, who) -> joined.put(g, String.join(" and ", who)));
        return joined;
    }

    // --- the services' channels ------------------------------------------------------------------------------------

    List<Problem> services() throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (String name : new TreeSet<>(topology.services().keySet())) {
            Path file = root.resolve(name).resolve(PROPERTIES);
            if (!Files.exists(file)) {
                problems.add(
                        new Problem(Topology.FILE, "services." + name + ": there is no " + name + "/" + PROPERTIES));
                continue;
            }
            channels(name, topology.services().get(name), file, problems);
        }
        Path defaults = root.resolve(PLATFORM_DEFAULTS);
        String reset = Files.exists(defaults) ? load(defaults).getProperty(OFFSET_RESET, "") : "";
        if (!reset.strip().equals("earliest")) {
            problems.add(new Problem(
                    PLATFORM_DEFAULTS,
                    OFFSET_RESET + " is " + (reset.isBlank() ? "not set" : reset)
                            + ": every channel of the topology reads its topic from the beginning (a read model is the whole "
                            + "log), and no channel sets it itself"));
        }
        try (var modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path file = module.resolve(PROPERTIES);
                String name = module.getFileName().toString();
                if (!topology.services().containsKey(name)
                        && Files.exists(file)
                        && !channelKeys(file).isEmpty()) {
                    problems.add(new Problem(
                            name + "/" + PROPERTIES,
                            "configures messaging channels, but " + name + " is not a service of " + Topology.FILE));
                }
            }
        }
        return problems;
    }

    /** A channel's attributes as configured: attribute, then profile ("" for none), then value. */
    private record Configured(String direction, String channel, Map<String, Map<String, String>> attributes) {}

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static Map<String, Configured> channelKeys(Path file) throws IOException {
        Properties properties = load(file);
        Map<String, Configured> channels = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = CHANNEL_KEY.matcher(key);
            if (m.matches()) {
                String profile = m.group(1) == null ? "" : m.group(1);
                String channel = m.group(3).replace("\"", "");
                channels.computeIfAbsent(
                                m.group(2) + " " + channel, k -> new Configured(m.group(2), channel, new TreeMap<>()))
                        .attributes()
                        .computeIfAbsent(m.group(4), k -> new TreeMap<>())
                        .put(profile, properties.getProperty(key).strip());
            }
        }
        return channels;
    }

    private static void channels(String name, Service service, Path file, List<Problem> problems) throws IOException {
        String where = name + "/" + PROPERTIES;
        Map<String, Configured> configured = channelKeys(file);
        Map<String, Map<String, String>> declared = new TreeMap<>();
        service.consumes().forEach((channel, c) -> declared.put("incoming " + channel, expected(c)));
        service.outgoing().forEach((channel, topic) -> declared.put("outgoing " + channel, Map.of("topic", topic)));
        configured.forEach((key, c) -> {
            for (String shared : SHARED) {
                if (c.attributes().containsKey(shared)) {
                    problems.add(new Problem(
                            where,
                            "mp.messaging." + c.direction() + "." + c.channel() + "." + shared
                                    + " repeats what every channel shares (" + PLATFORM_DEFAULTS
                                    + "; the one connector is "
                                    + "attached by Quarkus): a channel sets only its topic, group.id and batch"));
                }
            }
            if (!declared.containsKey(key)) {
                problems.add(new Problem(
                        where,
                        c.direction() + " channel " + c.channel() + " (mp.messaging."
                                + c.direction() + "." + c.channel()
                                + ".*) is not in the topology: declare it under services."
                                + name + (c.direction().equals("incoming") ? ".consumes" : ".outgoing") + " in "
                                + Topology.FILE));
            }
        });
        declared.forEach((key, expected) -> {
            String direction = key.substring(0, key.indexOf(' '));
            String channel = key.substring(key.indexOf(' ') + 1);
            Configured c = configured.get(key);
            if (c == null) {
                problems.add(new Problem(
                        where,
                        "has no " + direction + " channel " + channel + " (mp.messaging."
                                + direction + "." + channel + ".*), which the topology declares for " + name + ": "
                                + expected.entrySet().stream()
                                        .map(e -> e.getKey() + " " + e.getValue())
                                        .collect(Collectors.joining(", "))));
                return;
            }
            expected.forEach((attribute, value) -> {
                Map<String, String> values = c.attributes().getOrDefault(attribute, Map.of());
                String prefix = "mp.messaging." + direction + "." + channel + "." + attribute;
                if (!values.containsKey("")) {
                    String absent = attribute.equals("batch") ? "false" : attribute.equals("topic") ? channel : null;
                    if (!value.equals(absent)) {
                        problems.add(new Problem(
                                where,
                                prefix + " is not set" + (absent == null ? "" : " (so " + absent + ")")
                                        + ", the topology says " + value));
                    }
                }
                values.forEach((profile, actual) -> {
                    if (!value.equalsIgnoreCase(actual) || (!attribute.equals("batch") && !value.equals(actual))) {
                        problems.add(new Problem(
                                where, profile + prefix + " is " + actual + ", the topology says " + value));
                    }
                });
            });
        });
    }

    private static Map<String, String> expected(Channel channel) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("topic", channel.topic());
        expected.put("group.id", channel.group());
        expected.put("batch", Boolean.toString(channel.batch()));
        return expected;
    }

    /**
     * Checks rendered manifests and the services' configuration against the topology and prints each problem; exits 1
     * when there is one. Usage: {@code TopologyCheck <repository root> <rendered.yaml>...} (deploy/k8s/validate.sh);
     * with no rendered file, deploy/k8s's base and overlays as read here.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TopologyCheck <repository root> [<rendered.yaml>...]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<Path> rendered = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            rendered.add(Path.of(args[i]));
        }
        TopologyCheck check = of(root);
        List<Problem> problems = rendered.isEmpty() ? check.check() : check.checkRendered(rendered);
        problems.forEach(System.out::println);
        System.out.printf("%s: %d problems%n", Topology.FILE, problems.size());
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
