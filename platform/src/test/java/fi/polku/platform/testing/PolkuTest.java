package fi.polku.platform.testing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real infrastructure for a {@code @QuarkusTest}: an in-JVM Kafka broker, the service's own
 * PostgreSQL test database, and the OIDC test server. Every test class of a service uses the same set,
 * so Quarkus boots once per module. Put it next to {@code @QuarkusTest}, which Quarkus must see on the
 * test class itself.
 */
@WithTestResource(KafkaBroker.class)
@WithTestResource(PostgresDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PolkuTest {}
