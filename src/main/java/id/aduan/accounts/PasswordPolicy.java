package id.aduan.accounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalRegexRule;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a chosen password must be (OWASP ASVS 2.1): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH}, no composition rules, but not a password attackers try first. Passay checks it
 * against {@code accounts/common-passwords.txt} (ASVS 2.1.7: the most common and breached passwords;
 * compared ignoring case), and refuses the username inside it, runs such as {@code 123456},
 * {@code abcdef} or {@code qwerty} and one character five times over. The list cannot be fetched from a
 * breach corpus on an office's server, so it ships with Aduan: well-known weak passwords with the
 * suffixes people add ({@code 123}, {@code !}, a year), number runs and repeats, keyboard walks, and
 * Indonesian words people use ({@code bismillah}, {@code sayang}, {@code indonesia}, place names, the
 * office's own words), only from {@value #MIN_LENGTH} characters since shorter ones fail the length.
 * Every problem comes back as a message key for the field {@code newPassword}.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	static final String COMMON = "accounts/common-passwords.txt";

	private final PasswordValidator validator;

	PasswordPolicy() {
		this.validator = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH), new UsernameRule(true, true),
				new DictionaryRule(common()), new IllegalSequenceRule(EnglishSequenceData.Numerical, 6, true),
				new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 6, true),
				new IllegalSequenceRule(EnglishSequenceData.USQwerty, 6, true), new RepeatCharacterRegexRule(5));
	}

	/** The problems of a new password, as message keys with their arguments; empty when it may be used. */
	List<Problem> problems(String username, String password) {
		if (password == null || password.isEmpty()) {
			return List.of(new Problem("account.password.short", MIN_LENGTH));
		}
		Set<Problem> problems = new LinkedHashSet<>();
		for (RuleResultDetail detail : validator.validate(new PasswordData(username == null ? "" : username, password))
			.getDetails()) {
			problems.add(switch (detail.getErrorCode()) {
				case LengthRule.ERROR_CODE_MIN -> new Problem("account.password.short", MIN_LENGTH);
				case LengthRule.ERROR_CODE_MAX -> new Problem("field.tooLong", MAX_LENGTH);
				case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> new Problem("account.password.username");
				case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> new Problem("account.password.common");
				case IllegalRegexRule.ERROR_CODE -> new Problem("account.password.repeated");
				default -> new Problem("account.password.sequence");
			});
		}
		return new ArrayList<>(problems);
	}

	/** One thing wrong with a password: a message key and its arguments. */
	record Problem(String messageKey, List<Object> arguments) {

		Problem(String messageKey, Object... arguments) {
			this(messageKey, List.of(arguments));
		}
	}

	private static WordListDictionary common() {
		try (Reader reader = new InputStreamReader(new ClassPathResource(COMMON).getInputStream(), StandardCharsets.UTF_8)) {
			return new WordListDictionary(WordLists.createFromReader(new Reader[] { reader }, false, new ArraysSort()));
		}
		catch (IOException missing) {
			throw new UncheckedIOException("The list of common passwords is missing: " + COMMON, missing);
		}
	}
}
