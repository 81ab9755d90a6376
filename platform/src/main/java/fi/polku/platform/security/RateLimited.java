package fi.polku.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@link #perMinute} calls a minute by one caller (by professional id) to this endpoint; more are a 429
 * problem with {@code Retry-After}. For the calls that copy or guess client data in bulk: identity-code search and
 * lists. Counted per service instance, so n replicas allow up to n times as many.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    int perMinute();
}
