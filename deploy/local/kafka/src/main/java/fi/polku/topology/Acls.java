package fi.polku.topology;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A KafkaUser's ACLs (Strimzi's {@code spec.authorization.acls}) and what they grant, as Kafka's authorizer decides:
 * a deny wins over an allow, {@code All} is every operation, a literal {@code *} names every resource, and Read,
 * Write, Delete and Alter imply Describe.
 */
final class Acls {

    /** The operations Kafka knows on a topic. */
    static final List<String> TOPIC_OPERATIONS =
            List.of("Read", "Write", "Describe", "Create", "Delete", "Alter", "DescribeConfigs", "AlterConfigs");

    private static final Set<String> IMPLY_DESCRIBE = Set.of("Read", "Write", "Delete", "Alter");

    /** One ACL: a resource (type, name, literal or prefix), its operations, allow or deny. */
    record Acl(String type, String name, boolean prefix, List<String> operations, boolean deny) {

        boolean matches(String resourceType, String resource) {
            return type.equals(resourceType)
                    && (prefix ? resource.startsWith(name) : name.equals("*") || name.equals(resource));
        }

        boolean lists(String operation) {
            return operations.contains(operation) || operations.contains("All");
        }

        @Override
        public String toString() {
            return type + " " + name + (prefix ? " (prefix)" : "") + " " + operations;
        }
    }

    private final List<Acl> acls;

    private Acls(List<Acl> acls) {
        this.acls = acls;
    }

    static Acls of(JsonNode kafkaUserSpec) {
        List<Acl> acls = new ArrayList<>();
        for (JsonNode acl : kafkaUserSpec.path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            List<String> operations = new ArrayList<>();
            acl.path("operations").forEach(o -> operations.add(o.asText()));
            if (acl.has("operation")) {
                operations.add(acl.path("operation").asText());
            }
            acls.add(new Acl(
                    resource.path("type").asText(),
                    resource.path("name").asText("*"),
                    resource.path("patternType").asText("literal").equals("prefix"),
                    List.copyOf(operations),
                    acl.path("type").asText("allow").equals("deny")));
        }
        return new Acls(acls);
    }

    List<Acl> all() {
        return acls;
    }

    /** Whether the user may do {@code operation} on the resource, Describe implied by the operations that imply it. */
    boolean grants(String type, String name, String operation) {
        if (denies(type, name, operation)) {
            return false;
        }
        return acls.stream()
                .filter(a -> !a.deny() && a.matches(type, name))
                .anyMatch(a -> a.lists(operation)
                        || (operation.equals("Describe")
                                && a.operations().stream().anyMatch(IMPLY_DESCRIBE::contains)));
    }

    /** Whether an ACL names {@code operation} (or All) on the resource and no deny takes it away. */
    boolean grantsExplicitly(String type, String name, String operation) {
        return !denies(type, name, operation)
                && acls.stream().anyMatch(a -> !a.deny() && a.matches(type, name) && a.lists(operation));
    }

    private boolean denies(String type, String name, String operation) {
        return acls.stream().anyMatch(a -> a.deny() && a.matches(type, name) && a.lists(operation));
    }
}
