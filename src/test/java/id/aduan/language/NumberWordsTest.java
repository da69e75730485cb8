package id.aduan.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

	@Test
	void writesTheNumbersOfTheSeedReportAsAnOfficeWould() {
		assertThat(NumberWords.of(1627)).isEqualTo("seribu enam ratus dua puluh tujuh");
		assertThat(NumberWords.of(1104)).isEqualTo("seribu seratus empat");
		assertThat(NumberWords.of(122)).isEqualTo("seratus dua puluh dua");
		assertThat(NumberWords.of(98)).isEqualTo("sembilan puluh delapan");
		assertThat(NumberWords.of(11)).isEqualTo("sebelas");
		assertThat(NumberWords.of(0)).isEqualTo("nol");
		assertThat(NumberWords.of(2023)).isEqualTo("dua ribu dua puluh tiga");
		assertThat(NumberWords.of(1_000_000)).isEqualTo("satu juta");
	}

	@Test
	void readsWordsAsPeopleWriteThem() {
		assertThat(NumberWords.parse("seribu Enam Ratus Dua Puluh Tujuh")).hasValue(1627);
		assertThat(NumberWords.parse("  Sembilan  puluh delapan ")).hasValue(98);
		assertThat(NumberWords.parse("dua-puluh")).hasValue(20);
		assertThat(NumberWords.parse("seratus empat")).hasValue(104);
		assertThat(NumberWords.parse("lima")).hasValue(5);
	}

	@Test
	void wordsThatAreNotANumberAreNotReadAsOne() {
		assertThat(NumberWords.parse("lima ekor")).isEmpty();
		assertThat(NumberWords.parse("bukan angka")).isEmpty();
		assertThat(NumberWords.parse("")).isEmpty();
		assertThat(NumberWords.parse(null)).isEmpty();
	}

	@Test
	void everyNumberReadsBackToItself() {
		for (long n = 0; n <= 3000; n++) {
			assertThat(NumberWords.parse(NumberWords.of(n))).as("%d", n).hasValue(n);
		}
		assertThat(NumberWords.parse(NumberWords.of(1_234_567))).hasValue(1_234_567);
	}
}
