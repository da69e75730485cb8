package id.aduan.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text that must be given ("Wajib diisi."). Unlike {@code @NotBlank}, whose {@code trim()} takes a lone
 * NUL for blank and an em space for text, blank here means {@link String#isBlank()}: the same test
 * {@link Problems#blankToNull} uses when the text is stored, so a text that passes is never stored as
 * nothing.
 */
@Documented
@Constraint(validatedBy = Required.Check.class)
@Target({ FIELD, RECORD_COMPONENT, PARAMETER })
@Retention(RUNTIME)
public @interface Required {

	String message() default "{field.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<Required, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value != null && !value.toString().isBlank();
		}
	}
}
