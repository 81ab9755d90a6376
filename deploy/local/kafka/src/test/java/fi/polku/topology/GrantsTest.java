package fi.polku.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.topology.Manifests.Layer;
import fi.polku.topology.Manifests.Manifest;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/**
 * The ACLs the local and test brokers grant (made from the topology) are, binding for binding, the ones Strimzi makes
 * from deploy/k8s's KafkaUsers in the base and every overlay: what is enforced here is what production enforces.
 */
class GrantsTest {

    @Test
    void theBrokersHereGrantExactlyWhatTheKafkaUsersGrant() throws IOException {
        Map<String, Set<AclBinding>> generated = Grants.of(Topology.read(Repository.ROOT.resolve(Topology.FILE)));
        for (Layer layer : new Manifests(Repository.ROOT).layers()) {
            Map<String, Set<AclBinding>> declared = new TreeMap<>();
            for (Manifest m : layer.objects()) {
                if (m.kind().equals("KafkaUser")) {
                    declared.put(m.name(), strimziBindings(m.name(), m.spec()));
                }
            }
            assertEquals(generated.keySet(), declared.keySet(), layer.name() + ": the KafkaUsers");
            generated.forEach((user, bindings) -> {
                Set<String> onlyDeclared = sorted(declared.get(user));
                onlyDeclared.removeAll(sorted(bindings));
                Set<String> onlyGenerated = sorted(bindings);
                onlyGenerated.removeAll(sorted(declared.get(user)));
                assertEquals(
                        "",
                        onlyDeclared.isEmpty() && onlyGenerated.isEmpty()
                                ? ""
                                : "only in the KafkaUser: " + onlyDeclared + "\nonly generated: " + onlyGenerated,
                        layer.name() + ": the ACLs of " + user);
            });
        }
    }

    @Test
    void aServiceWritesOnlyWhatItProducesAndItsDeadLetters() throws IOException {
        Set<AclBinding> team =
                Grants.of(Topology.read(Repository.ROOT.resolve(Topology.FILE))).get("team-service");
        Set<String> written = new TreeSet<>();
        team.stream()
                .filter(b -> b.entry().operation() == AclOperation.WRITE)
                .forEach(b -> written.add(b.pattern().name()));
        assertFalse(written.contains("client.consent.v1"), written::toString);
        assertEquals(
                Set.of(
                        "pathway.team.v1",
                        "registry.team.v1",
                        "pathway.referral.v1.dlq.team-service",
                        "pathway.referral.v1.dlq.team-service-pathways",
                        "client.consent.v1.dlq.team-service-consents"),
                written);
    }

    /** What Strimzi's simple authorization makes of a KafkaUser: one binding per resource and listed operation. */
    private static Set<AclBinding> strimziBindings(String user, JsonNode spec) {
        Set<AclBinding> bindings = new HashSet<>();
        for (JsonNode acl : spec.path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            ResourcePattern pattern = new ResourcePattern(
                    ResourceType.fromString(constant(resource.path("type").asText())),
                    resource.path("name").asText("*"),
                    resource.path("patternType").asText("literal").equals("prefix")
                            ? PatternType.PREFIXED
                            : PatternType.LITERAL);
            AclPermissionType permission =
                    acl.path("type").asText("allow").equals("deny") ? AclPermissionType.DENY : AclPermissionType.ALLOW;
            for (JsonNode operation : acl.path("operations")) {
                bindings.add(new AclBinding(
                        pattern,
                        new AccessControlEntry(
                                Grants.principal(user),
                                acl.path("host").asText("*"),
                                AclOperation.fromString(constant(operation.asText())),
                                permission)));
            }
        }
        return bindings;
    }

    /** Strimzi's {@code DescribeConfigs} or {@code transactionalId} as Kafka's enum constant. */
    private static String constant(String strimzi) {
        return strimzi.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static Set<String> sorted(Set<AclBinding> bindings) {
        Set<String> lines = new TreeSet<>();
        bindings.forEach(b -> lines.add(b.pattern() + " " + b.entry()));
        return lines;
    }
}
