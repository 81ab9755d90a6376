package fi.polku.platform.testing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @QuarkusTest} against the real infrastructure: an in-JVM Kafka broker, the service's own
 * PostgreSQL test database, and the OIDC test server. Every test class of a service uses the same set,
 * so Quarkus boots once per module.
 */
@QuarkusTest
@WithTestResource(KafkaBroker.class)
@WithTestResource(PostgresDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PolkuTest {
}
