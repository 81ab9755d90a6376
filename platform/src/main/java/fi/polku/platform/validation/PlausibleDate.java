package fi.polku.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day in the range a client's pathway can touch: from 1900 to 2100. Year 1 or 99999 is a typo or an attack, and
 * would reach PostgreSQL and every consumer of the events as if it were a real day.
 */
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    String message() default "must be a day from 1900-01-01 to 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
        }
    }
}
