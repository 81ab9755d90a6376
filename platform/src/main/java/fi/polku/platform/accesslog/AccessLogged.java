package fi.polku.platform.accesslog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (class or method) whose calls use a client's personal or health data. Every call to it, refused
 * ones included, appends to the access log: who, which clients ({@link ClientData} in the answer, a
 * {@code clientId} path parameter, and what the service names through {@link AccessLog#concerns}), what, when,
 * the answer's status and the purpose given here.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface AccessLogged {

    Purpose value();
}
