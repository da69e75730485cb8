package id.aduan.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An Indonesian phone number as people write it, or nothing ("Nomor telepon tidak valid..."): +62, 62
 * or 0, then 7 to 13 more digits, once the spaces, dashes, dots and brackets people type are taken out
 * ({@link Check#normalized}, which is also how the number is stored).
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ FIELD, RECORD_COMPONENT, PARAMETER })
@Retention(RUNTIME)
public @interface PhoneNumber {

	String message() default "{field.phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PhoneNumber, CharSequence> {

		static final Pattern PHONE = Pattern.compile("(\\+62|62|0)[0-9]{7,13}");

		/** A phone number without the spaces, dashes, dots and brackets people type. */
		public static String normalized(String value) {
			return value.replaceAll("[\\s().-]", "");
		}

		/** Whether {@code value} is a usable number; blank is not. For doors that keep a number only when it is. */
		public static boolean isValid(String value) {
			return value != null && !value.isBlank() && PHONE.matcher(normalized(value)).matches();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.toString().isBlank() || isValid(value.toString());
		}
	}
}
