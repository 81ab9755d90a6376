package fi.polku.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules catch what they are for, shown on a service in miniature that breaks each of them. The miniature's
 * sources (test resources, {@code architecture-fixture}) are compiled here, apart from the test classes, so that no
 * Quarkus test application picks up its entity or beans.
 */
class ArchitectureRulesTest {

    private static final String ROOT = "fi.polku.platform.testing.fixture";

    @TempDir
    static Path compiled;

    private static String fixtureReport;

    @BeforeAll
    static void compileTheMiniature() throws Exception {
        Path sources = Path.of(
                ArchitectureRulesTest.class.getResource("/architecture-fixture").toURI());
        List<String> arguments = new ArrayList<>(
                List.of("-d", compiled.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        assertEquals(0, status, errors.toString());
        JavaClasses fixture = new ClassFileImporter().importPath(compiled);
        fixtureReport = assertThrows(
                        AssertionError.class, () -> ArchitectureRules.check(ArchitectureRules.rules(ROOT), fixture))
                .getMessage();
    }

    private static String violations() {
        return fixtureReport;
    }

    @Test
    void thePlatformsRulesAndMessagingKnowNoHttp() {
        JavaClasses platform = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.polku.platform");
        noClasses()
                .that()
                .resideInAnyPackage(
                        "fi.polku.platform.rule..",
                        "fi.polku.platform.inbox..",
                        "fi.polku.platform.outbox..",
                        "fi.polku.platform.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "fi.polku.platform.problem..")
                .because(
                        "refusals and the messaging machinery serve requests and records alike; only the edges know HTTP")
                .check(platform);
    }

    @Test
    void aFeatureThatOpensAnotherFeaturesEntityFails() {
        String report = violations();
        assertTrue(
                report.contains("Alpha.named(java.lang.String)")
                        && report.contains("feature beta opens the entity Alpha of feature alpha"),
                report);
        assertTrue(report.contains("Alpha.rename(java.lang.String)"), report);
        assertFalse(report.contains("nameOf"), "reading an entity's field is allowed: " + report);
    }

    @Test
    void aClassThatSetsAnotherClasssEntityFieldFails() {
        String report = violations();
        assertTrue(
                report.contains("BetaService.overwrite(fi.polku.platform.testing.fixture.alpha.Alpha)> sets field "
                        + "<fi.polku.platform.testing.fixture.alpha.Alpha.name>"),
                report);
        assertTrue(report.contains("only Alpha itself changes its fields"), report);
    }

    @Test
    void aFeatureThatUsesAnotherFeaturesInternalBeanFails() {
        String report = violations();
        assertTrue(report.contains("feature beta uses the bean AlphaIndex of feature alpha"), report);
        assertFalse(report.contains("the bean AlphaService"), "a feature's *Service is its door: " + report);
    }

    @Test
    void aDomainClassThatThrowsAnHttpProblemFails() {
        String report = violations();
        assertTrue(
                report.contains("BetaRules.check(java.lang.String)> calls constructor "
                        + "<jakarta.ws.rs.BadRequestException.<init>(java.lang.String)>"),
                report);
        assertTrue(report.contains("only the HTTP edge knows HTTP"), report);
    }
}
