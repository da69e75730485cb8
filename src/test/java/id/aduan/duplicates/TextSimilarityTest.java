package id.aduan.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The same matter written twice scores above the offer threshold; different matters stay below it. */
class TextSimilarityTest {

	static final double THRESHOLD = 0.3;

	@Test
	void theSameMatterWrittenTwiceIsAlike() {
		List<String[]> alike = List.of(
				new String[] { "BPNT bulan Oktober belum cair. Saldo KKS kami kosong.",
						"Bantuan BPNT Oktober belum cair, saldo kartu KKS masih kosong" },
				new String[] { "Rekomendasi KIP Kuliah anak saya belum keluar sejak bulan lalu",
						"Rekomendasi KIP kuliah untuk anak saya belum dikeluarkan sejak sebulan lalu" },
				new String[] { "Permakanan lansia di Desa Waelo terlambat dua minggu",
						"permakanan LANSIA desa waelo terlambat 2 minggu!!" });
		for (String[] pair : alike) {
			assertThat(TextSimilarity.of(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isGreaterThanOrEqualTo(THRESHOLD);
			assertThat(TextSimilarity.of(pair[0], pair[1])).isEqualTo(TextSimilarity.of(pair[1], pair[0]));
		}
	}

	@Test
	void differentMattersAreNot() {
		List<String[]> different = List.of(
				new String[] { "BPNT bulan Oktober belum cair", "Petugas bersikap kasar di loket layanan adopsi" },
				new String[] { "Rumah tidak layak huni belum disurvei", "Izin undian gratis belum diproses" },
				new String[] { "Pemulangan orang terlantar ke daerah asal", "Data DTKS keluarga kami salah nama" });
		for (String[] pair : different) {
			assertThat(TextSimilarity.of(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isLessThan(THRESHOLD);
		}
	}

	@Test
	void identicalTextsScoreOneAndEmptyOnesZero() {
		for (String text : List.of("Bansos", "Bantuan PKH tahap IV belum diterima", "ä ö ü é")) {
			assertThat(TextSimilarity.of(text, text)).isEqualTo(1.0);
			assertThat(TextSimilarity.of(text, "")).isZero();
			assertThat(TextSimilarity.of(null, text)).isZero();
		}
	}
}
