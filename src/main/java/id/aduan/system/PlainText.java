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
 * A text without a control character other than tab, line feed and carriage return, and without half
 * of a surrogate pair ("Berisi karakter kendali..."). A NUL is stored by H2 but refused by PostgreSQL,
 * and none of them may appear in XML (Open311), so one such character would break every client's list
 * and a restore. The vertical tab and the form feed are let through: they are the line and page breaks
 * a word processor pastes, which nobody typing can see or remove; both databases store them, the
 * documents read them as spaces, and Open311's XML leaves them out. A door that cannot ask back (email)
 * drops the refused characters with {@link Check#without}.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ FIELD, RECORD_COMPONENT, PARAMETER })
@Retention(RUNTIME)
public @interface PlainText {

	String message() default "{field.controlCharacters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PlainText, CharSequence> {

		/** The text without the characters this constraint refuses; null stays null. */
		public static String without(String value) {
			if (value == null || !refusesAny(value)) {
				return value;
			}
			StringBuilder kept = new StringBuilder(value.length());
			value.codePoints().filter(cp -> !isRefused(cp)).forEach(kept::appendCodePoint);
			return kept.toString();
		}


		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || !refusesAny(value);
		}

		static boolean refusesAny(CharSequence value) {
			return value.codePoints().anyMatch(Check::isRefused);
		}

		/** A control character other than tab, line feed, carriage return, VT and FF, or a lone surrogate. */
		static boolean isRefused(int codePoint) {
			return Character.isISOControl(codePoint) && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
					&& codePoint != 0x0B && codePoint != 0x0C || Character.getType(codePoint) == Character.SURROGATE;
		}
	}
}
