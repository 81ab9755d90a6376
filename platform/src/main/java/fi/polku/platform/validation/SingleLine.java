package fi.polku.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A name, an address line or another one-line text: no control characters at all (no NUL, no line breaks, no
 * escape sequences), which would corrupt what other systems and printed letters make of it, and no invisible
 * formatting ({@link Text#singleLineViolation}), which would let two different names look the same.
 */
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "must be one line of text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SingleLine, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> broken = Text.singleLineViolation(value);
            if (broken.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(broken.get()).addConstraintViolation();
            return false;
        }
    }
}
