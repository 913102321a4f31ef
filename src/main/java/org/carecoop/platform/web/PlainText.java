package org.carecoop.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The value is plain text: no HTML or script markup and no control characters other than line breaks
 * and tabs. Applies to strings and to collections of strings. Everything is escaped on output anyway;
 * refusing markup at the door means a pasted script never sits in a care record waiting for a
 * careless export.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a string or each string of a collection. */
    class Validator implements ConstraintValidator<PlainText, Object> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript:", Pattern.CASE_INSENSITIVE);
        private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value instanceof Collection<?> values) {
                return values.stream().allMatch(v -> v == null || plain(v.toString()));
            }
            return plain(value.toString());
        }

        public static boolean plain(String text) {
            return !MARKUP.matcher(text).find() && !CONTROL.matcher(text).find();
        }
    }
}
