package id.aduan.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** SQL that asks whether a complaint is still being handled says it the way the enum does. */
class ComplaintStatusTest {

	@Test
	void theFinalNamesAreExactlyTheStatusesThatAreFinal() {
		assertThat(ComplaintStatus.finalNames()).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isFinal).map(Enum::name).toList())
			.containsExactlyInAnyOrder("CLOSED", "NOT_OUR_AUTHORITY", "REJECTED", "DUPLICATE");
	}
}
