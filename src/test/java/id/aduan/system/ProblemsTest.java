package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ProblemsTest {

	@Test
	void indonesianPhoneNumbersAreAcceptedAsPeopleWriteThem() {
		for (String phone : new String[] { "081234567890", "+62 812-3456-7890", "(0911) 21234", "62 82238804189" }) {
			assertThat(new Problems().phone("phone", phone).isEmpty()).as(phone).isTrue();
		}
	}

	@Test
	void wrongPhoneNumbersAreNamed() {
		for (String phone : new String[] { "12345", "0812abc", "+1 555 0100", "08" + "1".repeat(20) }) {
			assertThat(new Problems().phone("phone", phone).has("phone")).as(phone).isTrue();
		}
	}

	@Test
	void emailAddressesNeedAUserAndADomain() {
		assertThat(new Problems().email("email", "siksdinsos@gmail.com").isEmpty()).isTrue();
		assertThat(new Problems().email("email", "nama.petugas@dinsos.burselkab.go.id").isEmpty()).isTrue();
		for (String email : new String[] { "siksdinsos", "a@b", "a @b.id", "@dinsos.go.id", "a@b..id" }) {
			assertThat(new Problems().email("email", email).has("email")).as(email).isTrue();
		}
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> new Problems().required("title", " ", 200)
					.required("description", "x".repeat(201), 200)
					.optional("place", "ok", 10)
					.throwIfAny());

		assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "field.required"),
					org.assertj.core.groups.Tuple.tuple("description", "field.tooLong"));
	}
}
