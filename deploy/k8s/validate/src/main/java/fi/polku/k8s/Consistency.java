package fi.polku.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the manifests must agree on with the rest of the repository: the KafkaTopics with
 * deploy/local/kafka/topics.conf, each service's KafkaUser with the topics and consumer groups of its
 * {@code mp.messaging} configuration, and the rules on who may touch the employment topics (docs/operations.md).
 */
final class Consistency {

    static final String REQUESTS = "employment.referral-requests.v1";
    static final String UPDATES = "employment.pathway-updates.v1";
    static final String INTEGRATION = "employment-integration";

    private final Path root;

    Consistency(Path root) {
        this.root = root;
    }

    List<Problem> check(List<JsonNode> objects, String file) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, JsonNode> topics = new HashMap<>();
        Map<String, JsonNode> users = new HashMap<>();
        for (JsonNode object : objects) {
            String name = object.path("metadata").path("name").asText();
            switch (object.path("kind").asText()) {
                case "KafkaTopic" -> topics.put(object.path("spec").path("topicName").asText(name), object.path("spec"));
                case "KafkaUser" -> users.put(name, object.path("spec").path("authorization").path("acls"));
                default -> { }
            }
        }
        topicsAsConfigured(topics, problems, file);
        for (String user : users.keySet()) {
            Path properties = root.resolve(user).resolve("src/main/resources/application.properties");
            if (Files.exists(properties)) {
                consumersAuthorised(user, properties, users.get(user), topics, problems, file);
            }
        }
        employmentTopicsGuarded(users, topics, problems, file);
        return problems;
    }

    private void topicsAsConfigured(Map<String, JsonNode> topics, List<Problem> problems, String file)
            throws IOException {
        Map<String, long[]> configured = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve("deploy/local/kafka/topics.conf"))) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 3 && !fields[0].startsWith("#")) {
                configured.put(fields[0], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])});
            }
        }
        String where = file + " KafkaTopics";
        for (String topic : new TreeSet<>(configured.keySet())) {
            JsonNode spec = topics.get(topic);
            if (spec == null) {
                problems.add(new Problem(where, "no KafkaTopic for " + topic + " of topics.conf"));
                continue;
            }
            long[] expected = configured.get(topic);
            JsonNode config = spec.path("config");
            expect(problems, where, topic, "partitions", expected[0], spec.path("partitions"));
            expect(problems, where, topic, "retention.ms", expected[1], config.path("retention.ms"));
            expect(problems, where, topic, "replicas", 3, spec.path("replicas"));
            expect(problems, where, topic, "min.insync.replicas", 2, config.path("min.insync.replicas"));
        }
        for (String topic : new TreeSet<>(topics.keySet())) {
            if (!configured.containsKey(topic)) {
                problems.add(new Problem(where, "KafkaTopic " + topic + " is not in topics.conf"));
            }
        }
    }

    private static void expect(List<Problem> problems, String where, String topic, String field, long expected,
            JsonNode actual) {
        if (!actual.canConvertToLong() || actual.asLong() != expected) {
            problems.add(new Problem(where, topic + ": " + field + " is " + actual + ", topics.conf and the backbone's "
                    + "rules say " + expected));
        }
    }

    /** Each consumer group's topic is readable, its group usable, and its dead-letter topic exists and is writable. */
    private static void consumersAuthorised(String user, Path properties, JsonNode acls, Map<String, JsonNode> topics,
            List<Problem> problems, String file) throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(properties)) {
            config.load(in);
        }
        String where = file + " KafkaUser/" + user;
        for (String name : new TreeSet<>(config.stringPropertyNames())) {
            if (!name.startsWith("mp.messaging.incoming.") || !name.endsWith(".topic")) {
                continue;
            }
            String channel = name.substring(0, name.length() - ".topic".length());
            String topic = config.getProperty(name);
            String group = config.getProperty(channel + ".group.id");
            String deadLetters = topic + ".dlq." + group;
            if (!allows(acls, "topic", topic, "Read")) {
                problems.add(new Problem(where, "may not read " + topic + ", which " + channel + " consumes"));
            }
            if (!allows(acls, "group", group, "Read")) {
                problems.add(new Problem(where, "may not use consumer group " + group + " of " + channel));
            }
            if (!topics.containsKey(deadLetters)) {
                problems.add(new Problem(where, "no KafkaTopic for " + channel + "'s dead letters, " + deadLetters));
            }
            if (!allows(acls, "topic", deadLetters, "Write")) {
                problems.add(new Problem(where, "may not write its dead letters to " + deadLetters));
            }
        }
    }

    /**
     * The requests carry identity codes: only referral-service reads them or their dead letters. The employment
     * systems write their requests and read their updates, nothing else.
     */
    private static void employmentTopicsGuarded(Map<String, JsonNode> users, Map<String, JsonNode> topics,
            List<Problem> problems, String file) {
        for (String topic : new TreeSet<>(topics.keySet())) {
            if (!topic.equals(REQUESTS) && !topic.startsWith(REQUESTS + ".dlq.")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> user : users.entrySet()) {
                if (!user.getKey().equals("referral-service") && allows(user.getValue(), "topic", topic, "Read")) {
                    problems.add(new Problem(file + " KafkaUser/" + user.getKey(),
                            "may read " + topic + ", which carries identity codes: referral-service alone may"));
                }
            }
        }
        JsonNode integration = users.get(INTEGRATION);
        if (integration == null) {
            problems.add(new Problem(file, "no KafkaUser " + INTEGRATION + " for the employment systems"));
            return;
        }
        Set<String> expected = Set.of(REQUESTS + " Write", REQUESTS + " Describe", UPDATES + " Read",
                UPDATES + " Describe");
        for (JsonNode acl : integration) {
            if (!acl.path("resource").path("type").asText().equals("topic")) {
                continue;
            }
            for (JsonNode operation : acl.path("operations")) {
                String grant = acl.path("resource").path("name").asText() + " " + operation.asText();
                if (!expected.contains(grant) || !acl.path("resource").path("patternType").asText("literal")
                        .equals("literal")) {
                    problems.add(new Problem(file + " KafkaUser/" + INTEGRATION, "may not be granted " + grant
                            + ": it writes " + REQUESTS + " and reads " + UPDATES + ", nothing else"));
                }
            }
        }
    }

    static boolean allows(JsonNode acls, String type, String name, String operation) {
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            String pattern = resource.path("name").asText();
            boolean matches = pattern.equals("*")
                    || (resource.path("patternType").asText("literal").equals("prefix") ? name.startsWith(pattern)
                            : name.equals(pattern));
            if (!resource.path("type").asText().equals(type) || !matches
                    || acl.path("type").asText("allow").equals("deny")) {
                continue;
            }
            for (JsonNode granted : acl.path("operations")) {
                if (granted.asText().equals(operation) || granted.asText().equals("All")) {
                    return true;
                }
            }
        }
        return false;
    }
}
