package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The rules declared on an input record reach the user as they always have: one problem a field, named
 * as the form names it, worded in Indonesian from the message bundle, all of them at once.
 */
class FieldValidationTest {

	record Letter(@Required @MaxLength(20) @PlainText String title, @MaxLength(10) @PlainText String place,
			@EmailAddress String email, @PhoneNumber String phone,
			@FieldName("address_string") @MaxLength(5) String addressString) {
	}

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void eachBrokenRuleIsShownInIndonesianBesideItsField() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> new Problems().validate(new Letter(" ", "Pasar Inpres Namlea", "siksdinsos", "12345", "Jalan"))
					.throwIfAny());

		assertThat(invalid.problems()).extracting(FieldProblem::field, FieldValidationTest::indonesian)
			.containsExactly(tuple("title", "Wajib diisi."), tuple("place", "Paling panjang 10 karakter."),
					tuple("email", "Alamat surel tidak valid. Contoh: nama@contoh.go.id."),
					tuple("phone", "Nomor telepon tidak valid. Tulis diawali 0 atau +62, misalnya 081234567890."));
	}

	@Test
	void aFieldCanCarryTheNameItsFormGivesIt() {
		assertThat(problemsOf(new Letter("Judul", null, null, null, "Jalan Baru")))
			.extracting(FieldProblem::field, FieldValidationTest::indonesian)
			.containsExactly(tuple("address_string", "Paling panjang 5 karakter."));
	}

	@Test
	void aPartOfALargerInputIsNamedWithItsPrefix() {
		Problems problems = new Problems().validate("complainant", new Letter("Judul", null, "a@b", null, null));

		assertThat(problems.has("complainant.email")).isTrue();
	}

	@Test
	void lengthIsCountedWithoutTheSpacesAround() {
		assertThat(problemsOf(new Letter("   " + "x".repeat(20) + "  \n", null, null, null, null))).isEmpty();
		assertThat(problemsOf(new Letter("x".repeat(21), null, null, null, null)))
			.extracting(FieldProblem::messageKey, FieldProblem::arguments)
			.containsExactly(tuple("field.tooLong", java.util.List.of(20)));
	}

	@Test
	void aNulOrABellIsRefusedNamingTheField() {
		assertThat(problemsOf(new Letter("Lampu\u0000 mati", "Bel\u0007", null, null, null)))
			.extracting(FieldProblem::field, FieldValidationTest::indonesian)
			.containsExactly(
					tuple("title", "Berisi karakter kendali yang tidak terlihat (misalnya NUL). Hapus karakter tersebut, lalu kirim lagi."),
					tuple("place", "Berisi karakter kendali yang tidak terlihat (misalnya NUL). Hapus karakter tersebut, lalu kirim lagi."));
	}

	@Test
	void aLoneHalfOfASurrogatePairIsRefused() {
		assertThat(problemsOf(new Letter("Rusak \uD83D parah", null, null, null, null)))
			.extracting(FieldProblem::messageKey).containsExactly("field.controlCharacters");
		assertThat(problemsOf(new Letter("Rusak \uD83D\uDE21 parah", null, null, null, null))).isEmpty();
	}

	@Test
	void tabsLineBreaksAndAWordProcessorsPageBreaksAreOrdinaryText() {
		assertThat(problemsOf(new Letter("Satu\tdua\r\ntiga\u000Bempat\u000C", null, null, null, null))).isEmpty();
	}

	@Test
	void aTooLongTextIsNamedOnceEvenWithAControlCharacter() {
		assertThat(problemsOf(new Letter("x".repeat(30) + "\u0000", null, null, null, null)))
			.extracting(FieldProblem::messageKey).containsExactly("field.tooLong");
	}

	@Test
	void aBlankRequiredTextIsRequiredNotTooLong() {
		assertThat(problemsOf(new Letter("\u2003 \t", null, null, null, null))).extracting(FieldProblem::messageKey)
			.containsExactly("field.required");
		assertThat(problemsOf(new Letter(null, null, null, null, null))).extracting(FieldProblem::messageKey)
			.containsExactly("field.required");
	}

	@Test
	void indonesianPhoneNumbersAreAcceptedAsPeopleWriteThem() {
		for (String phone : new String[] { "081234567890", "+62 812-3456-7890", "(0911) 21234", "62 82238804189" }) {
			assertThat(problemsOf(new Letter("Judul", null, null, phone, null))).as(phone).isEmpty();
		}
		assertThat(PhoneNumber.Check.normalized("+62 (812) 3456-7890")).isEqualTo("+6281234567890");
	}

	@Test
	void wrongPhoneNumbersAreNamed() {
		for (String phone : new String[] { "12345", "0812abc", "+1 555 0100", "08" + "1".repeat(20) }) {
			assertThat(problemsOf(new Letter("Judul", null, null, phone, null))).as(phone)
				.extracting(FieldProblem::field).containsExactly("phone");
		}
	}

	@Test
	void emailAddressesNeedAUserAndADomain() {
		for (String email : new String[] { "siksdinsos@gmail.com", "nama.petugas@dinsos.burselkab.go.id", " a@b.id ", "" }) {
			assertThat(problemsOf(new Letter("Judul", null, email, null, null))).as(email).isEmpty();
		}
		for (String email : new String[] { "siksdinsos", "a@b", "a @b.id", "@dinsos.go.id", "a@b..id",
				"a@" + "b".repeat(200) + ".id" }) {
			assertThat(problemsOf(new Letter("Judul", null, email, null, null))).as(email)
				.extracting(FieldProblem::field).containsExactly("email");
		}
	}

	@Test
	void declaredAndImperativeRulesAreReportedAtOnce() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> new Problems().check(false, "channelId", "complaint.channel.unknown")
					.validate(new Letter(null, null, null, null, null))
					.throwIfAny());

		assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("channelId", "title");
	}

	@Test
	void withoutDropsOnlyWhatPlainTextRefuses() {
		assertThat(PlainText.Check.without("Halo\u0000 dunia\t\n\u000B")).isEqualTo("Halo dunia\t\n\u000B");
		assertThat(PlainText.Check.without(null)).isNull();
	}

	private static java.util.List<FieldProblem> problemsOf(Object input) {
		return FieldValidation.problemsOf(null, input);
	}

	private static String indonesian(FieldProblem problem) {
		return MESSAGES.getMessage(problem.messageKey(), problem.arguments().toArray(), Locale.forLanguageTag("id"));
	}
}
