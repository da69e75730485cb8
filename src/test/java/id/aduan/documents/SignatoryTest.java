package id.aduan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;

import org.junit.jupiter.api.Test;

class SignatoryTest {

	@Test
	void aNipIsGroupedAsItIsPrintedUnderASignature() {
		assertThat(new Signatory("Kepala Dinas", "ABU BAKAR MAYOR, SP", "196507031988031017").formattedNip())
			.isEqualTo("19650703 198803 1 017");
		assertThat(new Signatory("Kepala Dinas", "Nama", "19650703 198803 1 017").formattedNip())
			.isEqualTo("19650703 198803 1 017");
	}

	@Test
	void somethingThatIsNotANipIsPrintedAsGivenAndNoNipPrintsNothing() {
		assertThat(new Signatory("Ketua", "Nama", "NRP 12345").formattedNip()).isEqualTo("NRP 12345");
		assertThat(new Signatory("Ketua", "Nama", null).formattedNip()).isNull();
		assertThat(new Signatory("Ketua", "Nama", " ").formattedNip()).isNull();
	}

	@Test
	void aLetterNumberIsCodeSequenceRomanMonthAndYear() {
		assertThat(new LetterNumber("460", 148, Month.JUNE, 2023)).hasToString("460/148/VI/2023");
		assertThat(new LetterNumber("005", 1, Month.DECEMBER, 2026)).hasToString("005/1/XII/2026");
		assertThatThrownBy(() -> new LetterNumber("460", 0, Month.JUNE, 2023))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
