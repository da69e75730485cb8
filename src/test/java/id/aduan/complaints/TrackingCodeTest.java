package id.aduan.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingCodeTest {

	@Test
	void generatedCodesHaveTheReadableFormatAndNoLookAlikeCharacters() {
		SecureRandom random = new SecureRandom();
		for (int i = 0; i < 1000; i++) {
			String code = TrackingCode.generate(random).value();
			assertThat(code).matches("ADU-[0-9A-Z]{4}-[0-9A-Z]{4}");
			assertThat(code.substring(4)).doesNotContain("0", "O", "1", "I", "L", "U");
		}
	}

	@Test
	void tenThousandCodesDoNotRepeat() {
		SecureRandom random = new SecureRandom();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			seen.add(TrackingCode.generate(random).value());
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void codesAreReadAsPeopleTypeThem() {
		assertThat(TrackingCode.parse("ADU-7K4M-Q2PX")).hasValue(new TrackingCode("ADU-7K4M-Q2PX"));
		assertThat(TrackingCode.parse(" adu 7k4m q2px ")).hasValue(new TrackingCode("ADU-7K4M-Q2PX"));
		assertThat(TrackingCode.parse("7K4MQ2PX")).hasValue(new TrackingCode("ADU-7K4M-Q2PX"));
		assertThat(TrackingCode.parse("7k4m-q2px")).hasValue(new TrackingCode("ADU-7K4M-Q2PX"));
	}

	@Test
	void anythingElseIsNotACode() {
		assertThat(TrackingCode.parse(null)).isEmpty();
		assertThat(TrackingCode.parse("")).isEmpty();
		assertThat(TrackingCode.parse("ADU-7K4M-Q2P")).isEmpty();
		assertThat(TrackingCode.parse("ADU-0K4M-Q2PX")).as("0 is not in the alphabet").isEmpty();
		assertThat(TrackingCode.parse("' OR 1=1 --")).isEmpty();
		assertThatThrownBy(() -> new TrackingCode("ADU-1111-1111")).isInstanceOf(IllegalArgumentException.class);
	}
}
