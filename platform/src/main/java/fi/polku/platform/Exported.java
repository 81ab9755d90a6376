package fi.polku.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that other features of the service may use directly besides the feature's {@code *Service}, such as the
 * pathway feature's access check that every feature's resources ask. The architecture rules let nothing else
 * cross a feature's border; an export says why in its own documentation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Exported {}
