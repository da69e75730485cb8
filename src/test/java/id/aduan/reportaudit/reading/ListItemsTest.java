package id.aduan.reportaudit.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ListItemsTest {

	@Test
	void readsTheCountAndPercentageInEveryFormOfficesWrite() {
		assertItem("1. 1104 (seratus empat) atau 85,2% pengaduan diterima melalui media sosial;", 1, 1104, "85.2", 1);
		assertItem("a. 625 pengaduan atau 38,4% pada bulan Januari", 1, 625, "38.4", 1);
		assertItem("b) 4 (empat) 3,4% pengaduan terkait informasi umum;", 2, 4, "3.4", 1);
		assertItem("- Januari: 333 (tiga ratus tiga puluh tiga) pengaduan atau 26,6%", 0, 333, "26.6", 1);
		assertItem("Februari: 1.250 (seribu dua ratus lima puluh) pengaduan atau 85.2%", 0, 1250, "85.2", 1);
		assertItem("- a) 1 (satu) atau 1% pengaduan ditujukan kepada Dinas Sosial;", 1, 1, "1", 0);
	}

	@Test
	void aCountWithoutPercentageNeedsItsWordsOrWhatItCounts() {
		assertThat(ListItems.parse("1. 625 (enam ratus dua puluh lima) pengaduan pada bulan Januari", 1))
			.hasValueSatisfying(item -> assertThat(item.hasPercentage()).isFalse());
		assertThat(ListItems.parse("2. 90 pengaduan melalui surat", 1)).isPresent();
		assertThat(ListItems.parse("3. 90 melalui surat", 1)).isEmpty();
	}

	@Test
	void durationsDatesPhonesIdentifiersAndNamesAreNotCounts() {
		assertThat(ListItems.parse("1. 1 (satu) hari kerja setelah diterima", 1)).isEmpty();
		assertThat(ListItems.parse("2. 6 (enam) Juni 2023 dilaksanakan pembinaan", 1)).isEmpty();
		assertThat(ListItems.parse("- Telepon: 082238804189 (kantor)", 1)).isEmpty();
		assertThat(ListItems.parse("- Tanggal: 5 (lima) bulan berikutnya", 1)).isEmpty();
		assertThat(ListItems.parse("1. 19650703 198803 1 017", 1)).isEmpty();
		assertThat(ListItems.parse("1. 460/148/VI/2023", 1)).isEmpty();
		assertThat(ListItems.parse("1.\tAmar Rentua\tPEKERJA SOSIAL", 1)).isEmpty();
		assertThat(ListItems.parse("7. Rekomendasi Yatim Piatu (YAPI)", 1)).isEmpty();
		assertThat(ListItems.parse("Nomor. 460/148/VI/2023", 1)).isEmpty();
	}

	private static void assertItem(String line, int ordinal, long count, String percent, int decimals) {
		Optional<ListItem> item = ListItems.parse(line, 7);
		assertThat(item).as(line).hasValueSatisfying(read -> {
			assertThat(read.line()).isEqualTo(7);
			assertThat(read.ordinal()).isEqualTo(ordinal);
			assertThat(read.count()).isEqualTo(count);
			assertThat(read.percentage().value()).isEqualByComparingTo(new BigDecimal(percent));
			assertThat(read.percentage().decimals()).isEqualTo(decimals);
		});
	}
}
