package fi.polku.platform.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fi.polku.platform.Exported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The boundaries and names every service keeps, as ArchUnit rules (docs/architecture.md, "Code layout"): no service
 * uses another's code; features form no cycles and use each other only through the other feature's
 * {@code *Service} (or its values: records, enums, interfaces), never its entities or its other beans; HTTP stays at
 * the edge, so only resources know JAX-RS and problem+json, and the domain refuses with
 * {@code fi.polku.platform.rule}; resources stay thin; only the platform creates Kafka producers.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("referral", "team", "healthcheck", "indicator");
    private static final String HTTP_EDGE_REASON = "only the HTTP edge knows HTTP: the domain refuses with "
            + "fi.polku.platform.rule's kinds, which platform.problem maps to statuses once";

    private ArchitectureRules() {}

    /** Checks the service whose code lives in {@code fi.polku.<service>}. */
    public static void check(String service) {
        String root = "fi.polku." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        List<ArchRule> rules = new ArrayList<>(rules(root));
        for (String other : SERVICES) {
            if (!other.equals(service)) {
                rules.add(noClasses()
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("fi.polku." + other + "..")
                        .because("services share only the event contract and the platform"));
            }
        }
        check(rules, classes);
    }

    /** Evaluates every rule, so that one run names every violation, not only the first rule's. */
    static void check(List<ArchRule> rules, JavaClasses classes) {
        if (classes.isEmpty()) {
            throw new AssertionError("no classes to check");
        }
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules) {
            // A rule with nothing to judge (a fixture without resources) holds; an empty import fails below.
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }

    /** The rules for the classes under {@code root}, whose features are its sub-packages. */
    static List<ArchRule> rules(String root) {
        return List.of(
                slices().matching(root + ".(*)..").should().beFreeOfCycles(),
                classes().should(useOtherFeaturesOnlyThroughTheirService(root)),
                classes().should(leaveOtherEntitiesFieldsAlone()),
                noClasses()
                        .that(are(not(httpEdge())))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "fi.polku.platform.problem..")
                        .because(HTTP_EDGE_REASON),
                classes()
                        .that()
                        .areAnnotatedWith(Path.class)
                        .should()
                        .haveSimpleNameEndingWith("Resource")
                        .because("a resource is named <Thing>Resource"),
                methods()
                        .that()
                        .areAnnotatedWith(Incoming.class)
                        .should()
                        .beDeclaredInClassesThat()
                        .haveSimpleNameEndingWith("Consumer")
                        .because("a consumer of a topic is named <Thing>Consumer"),
                noClasses()
                        .that()
                        .haveSimpleNameEndingWith("Resource")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "jakarta.persistence..",
                                "org.hibernate..",
                                "org.apache.kafka..",
                                "io.quarkus.hibernate.orm.panache..")
                        .because("a resource validates, calls a service and maps; persistence is the service's job"),
                noClasses()
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("org.apache.kafka.clients.producer.KafkaProducer")
                        .because("only the platform publishes to Kafka: the outbox relay, and dead letters"));
    }

    /**
     * Entities have public fields for reading (no hand-written accessors); only the entity itself writes them, through
     * its factories and domain methods, so that its rules cannot be gone around.
     */
    private static ArchCondition<JavaClass> leaveOtherEntitiesFieldsAlone() {
        return new ArchCondition<>("set no field of an entity other than itself") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                JavaClass self = type.getEnclosingClass().orElse(type);
                for (JavaFieldAccess access : type.getFieldAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && owner.isAnnotatedWith(Entity.class)
                            && !owner.equals(self)) {
                        events.add(SimpleConditionEvent.violated(
                                access,
                                access.getDescription() + ": only " + owner.getSimpleName()
                                        + " itself changes its fields"));
                    }
                }
            }
        };
    }

    /** Resources, with the parameter beans nested in them: the only classes that may speak JAX-RS. */
    private static DescribedPredicate<JavaClass> httpEdge() {
        return DescribedPredicate.describe("the HTTP edge (resources and what is nested in them)", type -> {
            JavaClass outer = type.getEnclosingClass().orElse(type);
            return outer.isAnnotatedWith(Path.class) || outer.getSimpleName().endsWith("Resource");
        });
    }

    /**
     * A class may use another feature's {@code *Service} and {@link fi.polku.platform.Exported} beans, its values
     * (records, enums, interfaces, events), and read the entities that service hands out through their accessors;
     * it may not create, find, persist, delete or change another feature's entity (the other feature's rows are its
     * own to write), nor use the other feature's internal beans.
     */
    private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirService(String root) {
        return new ArchCondition<>("use other features only through their *Service") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> feature = feature(root, type);
                if (feature.isEmpty()) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> other = feature(root, target);
                    if (other.isEmpty() || other.equals(feature)) {
                        continue;
                    }
                    if (isBean(target)
                            && !target.getSimpleName().endsWith("Service")
                            && !target.isAnnotatedWith(Exported.class)) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                dependency.getDescription()
                                        + ": feature " + feature.get() + " uses the bean " + target.getSimpleName()
                                        + " of feature " + other.get() + "; go through its *Service"));
                    }
                }
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    Optional<String> other = feature(root, owner);
                    if (other.isPresent()
                            && !other.equals(feature)
                            && owner.isAnnotatedWith(Entity.class)
                            && !readsState(access)) {
                        events.add(SimpleConditionEvent.violated(
                                access,
                                access.getDescription()
                                        + ": feature " + feature.get() + " opens the entity " + owner.getSimpleName()
                                        + " of feature " + other.get() + "; go through its *Service"));
                    }
                }
            }
        };
    }

    /**
     * A call of (or a reference to) an instance accessor — no parameters, a result — or a read of a field: what a
     * reader may do. Factories, finders, persistence and domain changes all take parameters or return nothing.
     */
    private static boolean readsState(JavaAccess<?> access) {
        if (access instanceof JavaFieldAccess field) {
            return field.getAccessType() == JavaFieldAccess.AccessType.GET;
        }
        if (access instanceof JavaCodeUnitAccess<?> unit) {
            return unit.getTarget()
                    .resolveMember()
                    .filter(member -> member instanceof JavaMethod)
                    .map(method -> !method.getModifiers().contains(JavaModifier.STATIC)
                            && method.getRawParameterTypes().isEmpty()
                            && !method.getRawReturnType().isEquivalentTo(void.class))
                    .orElse(false);
        }
        return false;
    }

    private static boolean isBean(JavaClass type) {
        return type.isAnnotatedWith(ApplicationScoped.class)
                || type.isAnnotatedWith(Singleton.class)
                || type.isAnnotatedWith(RequestScoped.class);
    }

    /** The feature a class belongs to: the first package below the service's root, if any. */
    private static Optional<String> feature(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
