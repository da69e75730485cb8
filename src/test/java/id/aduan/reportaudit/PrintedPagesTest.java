package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Printed lines rebuilt into passages, with lines laid out here word by word: 5 points a letter,
 * text 10 points high, lines 14 points apart, the text between 60 and 400; a wrapped line is
 * justified to 400, a line that ends its paragraph stops where its last word does.
 */
class PrintedPagesTest {

	private static final boolean WRAPPED = true;

	private static final boolean ENDS = false;

	@Test
	void anItemBrokenAcrossAPageEndUnderAHeaderAndAFooterIsOnePassageFromWhereItStarts() {
		List<PrintedLine> lines = List.of(line(1, 40, 150, "Laporan Dinas Contoh", ENDS),
				line(1, 100, 60, "Pada semester ini diterima sebanyak 12 (dua belas) pengaduan", WRAPPED),
				line(1, 114, 60, "dengan rincian:", ENDS),
				line(1, 128, 60, "1. 5 (lima) atau 41,7% pengaduan melalui surat elektronik;", ENDS),
				line(1, 142, 60, "2. 7 (tujuh) atau 58,3% pengaduan melalui layanan pesan", WRAPPED),
				line(1, 800, 300, "Halaman 1", ENDS), line(2, 40, 150, "Laporan Dinas Contoh", ENDS),
				line(2, 100, 80, "singkat yang dibuka pada hari kerja.", ENDS), line(2, 800, 300, "Halaman 2", ENDS));

		ReportText text = PrintedPages.rebuild(lines);

		assertThat(text.passages()).extracting(Passage::text)
			.containsExactly("Pada semester ini diterima sebanyak 12 (dua belas) pengaduan dengan rincian:",
					"1. 5 (lima) atau 41,7% pengaduan melalui surat elektronik;",
					"2. 7 (tujuh) atau 58,3% pengaduan melalui layanan pesan singkat yang dibuka pada hari kerja.");
		assertThat(text.passages().get(2).lines()).containsExactly(5, 8);
		assertThat(text.page(8)).isEqualTo(2);
		assertThat(ReportAudit.standard().audit(text)).isEmpty();
	}

	@Test
	void aLineThatEndsWhereTheNextWordWouldHaveFittedEndsItsParagraph() {
		List<PrintedLine> lines = List.of(line(1, 86, 60, "Pengaduan semester ini dicatat oleh petugas piket", WRAPPED),
				line(1, 100, 60, "dan diteruskan kepada unit kerja.", ENDS),
				line(1, 114, 60, "Sebanyak 12 pengaduan diterima.", ENDS));

		assertThat(PrintedPages.rebuild(lines).passages()).extracting(Passage::lines)
			.containsExactly(List.of(1, 2), List.of(3));
	}

	@Test
	void aFindingInsideAWrappedSentenceIsOnTheLineThatHoldsIt() {
		List<PrintedLine> lines = List.of(line(1, 100, 60, "Pada semester ini Dinas Contoh telah menerima", WRAPPED),
				line(1, 114, 60, "sebanyak 12 (dua puluh) pengaduan dari masyarakat.", ENDS));

		List<Finding> findings = ReportAudit.standard().audit(PrintedPages.rebuild(lines));

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(Rule.TERBILANG_MISMATCH);
			assertThat(finding.line()).isEqualTo(2);
			assertThat(finding.found()).isEqualTo("dua puluh");
		});
	}

	private static PrintedLine line(int page, float top, float left, String text, boolean wrapped) {
		String[] words = text.split(" ");
		float width = text.replace(" ", "").length() * 5;
		float space = wrapped && words.length > 1 ? (400 - left - width) / (words.length - 1) : 3;
		List<PrintedLine.Word> placed = new ArrayList<>();
		float x = left;
		for (String word : words) {
			placed.add(new PrintedLine.Word(word, x, x + word.length() * 5, top, top + 10));
			x += word.length() * 5 + space;
		}
		return new PrintedLine(page, placed);
	}
}
