package fi.polku.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@link #perMinute} calls a minute by one caller (by professional id) to this endpoint, however many
 * instances of the service answer them; more are a 429 problem with {@code Retry-After}. For the calls that copy
 * or guess client data in bulk: identity-code search and lists. Enforced by {@link RateLimits}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    @Nonbinding
    int perMinute() default 60;
}
