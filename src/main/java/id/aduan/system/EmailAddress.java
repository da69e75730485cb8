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
 * An email address mail can be sent to, or nothing ("Alamat surel tidak valid..."): a user, an {@code @}
 * and a domain with at least one dot, at most 200 characters once trimmed. Not {@code @Email}, which
 * takes {@code a@b} (no dot) and addresses no office's mail server will deliver to.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ FIELD, RECORD_COMPONENT, PARAMETER })
@Retention(RUNTIME)
public @interface EmailAddress {

	String message() default "{field.email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<EmailAddress, CharSequence> {

		private static final Pattern EMAIL = Pattern.compile(
				"[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

		/** Whether {@code value} is a usable address; blank is not. For doors that keep an address only when it is. */
		public static boolean isValid(String value) {
			return value != null && !value.isBlank() && matches(value.trim());
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.toString().isBlank() || matches(value.toString().trim());
		}

		static boolean matches(String trimmed) {
			return trimmed.length() <= 200 && EMAIL.matcher(trimmed).matches();
		}
	}
}
