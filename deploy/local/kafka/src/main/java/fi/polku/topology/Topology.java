package fi.polku.topology;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Polku's messaging topology as {@code deploy/messaging/topology.yaml} declares it: topics, the services' consumer
 * groups and produced topics, the outside systems, and who replays dead letters. Dead-letter topics are derived, one
 * per consumer group. {@link #read} refuses a declaration that contradicts itself (a topic nobody declared, two
 * producers of one topic, a consumer group used twice).
 */
public record Topology(
        Production production,
        DeadLetterPolicy deadLetters,
        Map<String, Topic> topics,
        Map<String, Service> services,
        Map<String, Client> clients) {

    /** Where the declaration lives, from the repository's root. */
    public static final String FILE = "deploy/messaging/topology.yaml";
    /** Infix of the dead-letter topics, as {@code fi.polku.events.Topics.DEAD_LETTER_INFIX} says. */
    public static final String DEAD_LETTER_INFIX = ".dlq.";
    /** Suffix of the consumer group a dead-letter replay commits its progress in ({@code DeadLetterReplay}). */
    public static final String REPLAY_GROUP_SUFFIX = ".replay";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public Topology {
        Objects.requireNonNull(production, "production is missing");
        Objects.requireNonNull(deadLetters, "deadLetters is missing");
        topics = Map.copyOf(Objects.requireNonNull(topics, "topics is missing"));
        services = Map.copyOf(Objects.requireNonNull(services, "services is missing"));
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** What every KafkaTopic in deploy/k8s says besides its partitions and retention. */
    public record Production(
            int replicas,
            @JsonProperty("min.insync.replicas") int minInSyncReplicas) {}

    /** How dead-letter topics are made, and the KafkaUser that replays them. */
    public record DeadLetterPolicy(int partitions, String replayUser) {

        public DeadLetterPolicy {
            Objects.requireNonNull(replayUser, "deadLetters.replayUser is missing");
        }
    }

    /** A declared topic; {@code identityCodes}: only its consumers may read it and its dead letters. */
    public record Topic(
            int partitions, @JsonProperty("retention.ms") long retentionMs, boolean identityCodes) {}

    /**
     * A Polku service: the topics its outbox relay writes, its outgoing channels (channel to topic; none so far, only
     * the relay talks to Kafka) and its incoming channels by name.
     */
    public record Service(List<String> produces, Map<String, String> outgoing, Map<String, Channel> consumes) {

        public Service {
            produces = produces == null ? List.of() : List.copyOf(produces);
            outgoing = outgoing == null ? Map.of() : Map.copyOf(outgoing);
            consumes = consumes == null ? Map.of() : Map.copyOf(consumes);
        }
    }

    /** An incoming channel: its topic, its consumer group, and whether it takes a poll's records at once. */
    public record Channel(String topic, String group, boolean batch) {

        public Channel {
            Objects.requireNonNull(topic, "a channel's topic is missing");
            Objects.requireNonNull(group, "a channel's group is missing");
        }
    }

    /** A system outside Polku: what it writes, what it reads, and the prefix of its consumer groups. */
    public record Client(List<String> produces, List<String> consumes, String groupPrefix) {

        public Client {
            produces = produces == null ? List.of() : List.copyOf(produces);
            consumes = consumes == null ? List.of() : List.copyOf(consumes);
        }
    }

    /** One consumer group: the service and channel it belongs to, the topic it reads. */
    public record Consumer(String service, String channel, String topic, String group, boolean batch) {

        /** {@code <topic>.dlq.<group>}: what this group could not process. */
        public String deadLetterTopic() {
            return deadLetter(topic, group);
        }
    }

    /** A topic the broker must have: a declared one, or a consumer group's dead letters ({@code deadLettersOf} set). */
    public record BrokerTopic(String name, int partitions, long retentionMs, Optional<Consumer> deadLettersOf) {}

    /** The topic that receives what {@code group} could not process from {@code topic}. */
    public static String deadLetter(String topic, String group) {
        return topic + DEAD_LETTER_INFIX + group;
    }

    /** Reads and checks the declaration. */
    public static Topology read(Path file) throws IOException {
        Topology topology;
        try {
            topology = YAML.readValue(file.toFile(), Topology.class);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        List<String> problems = topology.contradictions();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + " contradicts itself:\n  " + String.join("\n  ", problems));
        }
        return topology;
    }

    /** Every consumer group of every service, by service and channel. */
    public List<Consumer> consumers() {
        List<Consumer> all = new ArrayList<>();
        for (String service : new TreeSet<>(services.keySet())) {
            Map<String, Channel> channels = services.get(service).consumes();
            for (String channel : new TreeSet<>(channels.keySet())) {
                Channel c = channels.get(channel);
                all.add(new Consumer(service, channel, c.topic(), c.group(), c.batch()));
            }
        }
        return all;
    }

    /** Every topic the broker must have, dead letters included, sorted by name. */
    public List<BrokerTopic> brokerTopics() {
        List<BrokerTopic> all = new ArrayList<>();
        topics.forEach((name, t) -> all.add(new BrokerTopic(name, t.partitions(), t.retentionMs(), Optional.empty())));
        for (Consumer consumer : consumers()) {
            Topic source = topics.get(consumer.topic());
            all.add(new BrokerTopic(
                    consumer.deadLetterTopic(), deadLetters.partitions(), source.retentionMs(), Optional.of(consumer)));
        }
        all.sort(Comparator.comparing(BrokerTopic::name));
        return all;
    }

    /** The one service or outside system that writes {@code topic}, if any. */
    public Optional<String> producerOf(String topic) {
        return producers().getOrDefault(topic, List.of()).stream().findFirst();
    }

    /** Whether {@code topic} carries identity codes, or is the dead-letter topic of one that does. */
    public boolean carriesIdentityCodes(String topic) {
        return brokerTopics().stream()
                .filter(t -> t.name().equals(topic))
                .findFirst()
                .map(t -> topics.get(t.deadLettersOf().map(Consumer::topic).orElse(t.name()))
                        .identityCodes())
                .orElse(false);
    }

    private Map<String, List<String>> producers() {
        Map<String, List<String>> producers = new HashMap<>();
        services.forEach((name, s) -> {
            s.produces()
                    .forEach(t ->
                            producers.computeIfAbsent(t, k -> new ArrayList<>()).add(name));
            s.outgoing()
                    .values()
                    .forEach(t ->
                            producers.computeIfAbsent(t, k -> new ArrayList<>()).add(name));
        });
        clients.forEach((name, c) -> c.produces()
                .forEach(t ->
                        producers.computeIfAbsent(t, k -> new ArrayList<>()).add(name)));
        producers.values().forEach(list -> list.sort(null));
        return producers;
    }

    /** What the declaration says against itself; empty when it is sound. */
    List<String> contradictions() {
        List<String> problems = new ArrayList<>();
        if (production.replicas() < 1
                || production.minInSyncReplicas() < 1
                || production.minInSyncReplicas() > production.replicas()) {
            problems.add("production: replicas and min.insync.replicas must be at least 1, min.insync.replicas at most "
                    + "replicas");
        }
        if (deadLetters.partitions() < 1) {
            problems.add("deadLetters.partitions must be at least 1");
        }
        topics.forEach((name, t) -> {
            if (t.partitions() < 1) {
                problems.add("topics." + name + ": partitions must be at least 1");
            }
            if (t.retentionMs() < 1 && t.retentionMs() != -1) {
                problems.add("topics." + name + ": retention.ms must be -1 (for good) or positive");
            }
            if (name.contains(DEAD_LETTER_INFIX)) {
                problems.add(
                        "topics." + name + ": dead-letter topics are derived from the consumer groups, not listed");
            }
        });
        Map<String, List<String>> producers = producers();
        producers.forEach((topic, who) -> {
            if (!topics.containsKey(topic)) {
                problems.add(String.join(", ", who) + " produce " + topic + ", which topics does not declare");
            }
            if (who.size() > 1) {
                problems.add(topic + " has more than one producer: " + String.join(", ", who)
                        + " (one topic per producing service and key)");
            }
        });
        for (String topic : new TreeSet<>(topics.keySet())) {
            if (!producers.containsKey(topic)) {
                problems.add(topic + " has no producer");
            }
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (Consumer consumer : consumers()) {
            String where = "services." + consumer.service() + ".consumes." + consumer.channel();
            if (!topics.containsKey(consumer.topic())) {
                problems.add(where + " consumes " + consumer.topic() + ", which topics does not declare");
            }
            String other = groups.putIfAbsent(consumer.group(), where);
            if (other != null) {
                problems.add(where + " uses consumer group " + consumer.group() + ", which " + other + " uses too");
            }
        }
        clients.forEach((name, c) -> c.consumes().stream()
                .filter(t -> !topics.containsKey(t))
                .forEach(t -> problems.add("clients." + name + " consumes " + t + ", which topics does not declare")));
        for (String name : clients.keySet()) {
            if (services.containsKey(name) || name.equals(deadLetters.replayUser())) {
                problems.add("clients." + name + " is also a service or the replay user: one KafkaUser, one role");
            }
        }
        if (services.containsKey(deadLetters.replayUser())) {
            problems.add("deadLetters.replayUser " + deadLetters.replayUser() + " is a service: the replay has a user "
                    + "of its own");
        }
        return problems;
    }

    /**
     * {@code groups}: prints every consumer group's dead-letter topic, {@code <group>  <topic>} a line (deploy/dead-letters
     * groups). Usage: {@code Topology <topology.yaml> groups}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].equals("groups")) {
            System.err.println("usage: Topology <topology.yaml> groups");
            System.exit(2);
        }
        read(Path.of(args[0])).consumers().stream()
                .map(c -> c.group() + "  " + c.topic())
                .sorted()
                .forEach(System.out::println);
    }
}
