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
 * A text of at most {@link #value} characters once trimmed ("Paling panjang {0} karakter."); empty or
 * missing passes. Not {@code @Size}: texts are stored trimmed, so the spaces a browser or a paste adds
 * around a text that fits must not refuse it.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({ FIELD, RECORD_COMPONENT, PARAMETER })
@Retention(RUNTIME)
public @interface MaxLength {

	/** The most characters the trimmed text may have; also the {@code {0}} of the message. */
	int value();

	String message() default "{field.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<MaxLength, CharSequence> {

		private int max;

		@Override
		public void initialize(MaxLength constraint) {
			max = constraint.value();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.toString().trim().length() <= max;
		}
	}
}
