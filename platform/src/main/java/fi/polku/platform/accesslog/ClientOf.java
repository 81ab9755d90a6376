package fi.polku.platform.accesslog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says which client a path parameter of an {@link AccessLogged} endpoint leads to, so that the access log names the
 * client even when the call was refused before the service looked anything up (a role that may not call it, a rate
 * limit): {@link #CLIENT} when the parameter is the client's id, {@link #NONE} when it leads to no one client (a
 * team), otherwise the kind of thing it identifies, which one of the service's {@link ClientLookup}s resolves.
 * Every path parameter of an access-logged endpoint carries it (the architecture rules check it).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ClientOf {

    /** The parameter is the client's own id. */
    String CLIENT = "client";
    /** The parameter leads to no one client. */
    String NONE = "none";

    String value();
}
