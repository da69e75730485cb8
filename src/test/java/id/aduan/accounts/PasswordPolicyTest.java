package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ASVS 2.1: long enough, and not a password attackers try first; no rules about character classes. */
class PasswordPolicyTest {

	static final PasswordPolicy POLICY = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "0987654321", "Password123", "passwordpassword", "Bismillah123",
			"Indonesia2026", "sayangkamu123", "Qwertyuiop", "1q2w3e4r5t", "1111111111", "abcde12345" })
	void commonAndBreachedPasswordsAreRefusedIgnoringCase(String common) {
		assertThat(keys("kepala", common)).contains("account.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rumah123456kita", "abcdefgh-pulang", "asdfghj-terus", "hujaaaaaan-lebat" })
	void runsOfKeysAndRepeatedCharactersAreRefused(String predictable) {
		assertThat(keys("kepala", predictable)).containsAnyOf("account.password.sequence", "account.password.repeated");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Namrole-97544-aman", "Kata-sandi-uji-2026", "kopi pagi di pelabuhan namlea",
			"kuda-biru-makan-sagu" })
	void aLongUncommonPasswordOrPassphraseIsAccepted(String good) {
		assertThat(keys("kepala", good)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kepala-dinas-2026", "2026-alapek-rahasia" })
	void theUsernameInsideThePasswordForwardsOrBackwardsIsRefused(String withName) {
		assertThat(keys("kepala", withName)).contains("account.password.username");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "pendek" })
	void aShortPasswordIsRefusedWithTheMinimumLength(String tooShort) {
		assertThat(POLICY.problems("kepala", tooShort)).extracting(PasswordPolicy.Problem::arguments)
			.contains(List.of(PasswordPolicy.MIN_LENGTH));
	}

	private static List<String> keys(String username, String password) {
		return POLICY.problems(username, password).stream().map(PasswordPolicy.Problem::messageKey).toList();
	}
}
