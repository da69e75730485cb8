package id.aduan.reportaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;

class WordsMatchFiguresTest {

	private final WordsMatchFigures policy = new WordsMatchFigures();

	@Test
	void aFigureWhoseWordsSayAnotherNumberIsAFinding() {
		List<Finding> findings = Reports.check(policy, "Judul", "1. 1104 (seratus empat) atau 85,2% pengaduan;");

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(Rule.TERBILANG_MISMATCH);
			assertThat(finding.line()).isEqualTo(2);
			assertThat(finding.text()).isEqualTo("1104 (seratus empat)");
			assertThat(finding.expected()).isEqualTo("seribu seratus empat");
			assertThat(finding.found()).isEqualTo("seratus empat");
			assertThat(finding.arguments()).containsExactly("1104", "seratus empat", "104", "seribu seratus empat");
		});
	}

	@Test
	void wordsInADurationMustAgreeToo() {
		assertThat(Reports.check(policy, "ditanggapi dalam waktu 6 (empat) hari kerja."))
			.extracting(Finding::text)
			.containsExactly("6 (empat)");
	}

	@Test
	void agreeingWordsInAnyCapitalisationAndThousandsWithDotsAreFine() {
		assertThat(Reports.check(policy, "sebanyak 1627 (seribu Enam Ratus Dua Puluh Tujuh) pengaduan",
				"1.250 (SERIBU DUA RATUS LIMA PULUH) dan 98 (Sembilan puluh delapan)",
				"maksimal tanggal 5 (lima) bulan berikutnya, 1 (satu) hari kerja, biaya 150.000 (seratus lima puluh ribu rupiah)"))
			.isEmpty();
	}

	@Test
	void bracketsThatAreNotNumberWordsAreLeftAlone() {
		assertThat(Reports.check(policy, "Pasal 9 ayat (1) Peraturan Presiden", "7. Rekomendasi Yatim Piatu (YAPI)",
				"Telepon (+62) 82238804189", "18. P2K2 Modul Gizi (Stunting PKH)")).isEmpty();
	}
}
