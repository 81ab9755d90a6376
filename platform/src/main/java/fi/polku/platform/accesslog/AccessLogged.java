package fi.polku.platform.accesslog;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (class or method) whose calls use a client's personal or health data. Every call to it, refused
 * ones included, appends to the access log: who, which clients ({@link ClientData} in the answer, what the service
 * names through {@link AccessLog#concerns}, and what the path parameters marked {@link ClientOf} identify), what,
 * when, the answer's status and the purpose given here. A call that runs is logged in its own transaction
 * ({@link AccessLogInterceptor}); one refused before it runs, by the filter ({@link AccessLogFilter}).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AccessLogged {

    @Nonbinding
    Purpose value() default Purpose.CLIENT_CARE;
}
