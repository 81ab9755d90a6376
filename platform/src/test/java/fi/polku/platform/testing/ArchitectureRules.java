package fi.polku.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The boundaries every service keeps, as ArchUnit rules: no service uses another's code, features do
 * not form cycles, resources stay thin (no persistence, no Kafka), and only the platform (outbox relay,
 * dead letters) creates Kafka producers.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("referral", "team", "healthcheck", "indicator");

    private ArchitectureRules() {
    }

    /** Checks the service whose code lives in {@code fi.polku.<service>}. */
    public static void check(String service) {
        String root = "fi.polku." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().should().dependOnClassesThat().resideInAPackage("fi.polku." + other + "..")
                        .because("services share only the event contract and the platform")
                        .check(classes);
            }
        }
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "org.apache.kafka..", "io.quarkus.hibernate.orm.panache..")
                .because("a resource validates, calls a service and maps; persistence is the service's job")
                .check(classes);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.producer.KafkaProducer")
                .because("only the platform publishes to Kafka: the outbox relay, and dead letters")
                .check(classes);
    }
}
