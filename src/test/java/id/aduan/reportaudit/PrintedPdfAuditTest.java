package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A report printed to PDF by a word processor (openhtmltopdf here): its sentences wrap, a number's
 * words and a date break over two lines, a running header and a page-number footer repeat on every
 * page. The audit reads it as the reader does and reports each mistake on the printed line and page
 * where it starts, and nothing else.
 */
class PrintedPdfAuditTest {

	private final ReportText text = new ReportReading(ReportReading.DEFAULT_MAX_BYTES)
		.read(PrintedReports.pdf(PrintedReports.html()));

	@Test
	void theWrappedMistakesAreFoundOnTheLineAndPageWhereTheyStartAndNothingElse() {
		int figure = lineWith("sebanyak 240");
		int weekday = lineWith("Rabu, 6");
		assertThat(text.line(figure)).as("the words of 240 wrap").doesNotContain("(dua ratus empat)");
		assertThat(text.line(weekday)).as("the date wraps before its year").doesNotContain("2025");

		List<Finding> findings = ReportAudit.standard().audit(text);

		assertThat(findings).extracting(Finding::rule, Finding::line, Finding::expected, Finding::found)
			.containsExactly(tuple(Rule.TERBILANG_MISMATCH, figure, "dua ratus empat puluh", "dua ratus empat"),
					tuple(Rule.WEEKDAY_MISMATCH, weekday, "Jumat", "Rabu"));
		assertThat(text.page(figure)).isEqualTo(1);
		assertThat(text.page(weekday)).isGreaterThanOrEqualTo(1);
	}

	@Test
	void runningHeadersAndPageNumbersAreNotReadAsText() {
		assertThat(IntStream.rangeClosed(1, text.size()).filter(n -> text.line(n).startsWith("Halaman "))).hasSize(2);
		assertThat(text.passages()).extracting(Passage::text)
			.noneMatch(passage -> passage.startsWith("Halaman ") || passage.startsWith("Laporan Pengaduan Dinas"));
	}

	@Test
	void aWrappedListItemIsOnePassageAndTheBreakdownAddsUpToItsWrappedTotal() {
		assertThat(text.passages()).extracting(Passage::text)
			.contains("4. 30 (tiga puluh) atau 12,5% pengaduan diterima melalui layanan pesan singkat WhatsApp yang "
					+ "dibuka pada hari dan jam kerja bagi masyarakat umum;");
		assertThat(ReportAudit.standard().audit(text)).extracting(Finding::rule)
			.doesNotContain(Rule.SUM_MISMATCH, Rule.PERCENT_MISMATCH, Rule.PERCENT_TOTAL);
	}

	private int lineWith(String part) {
		return IntStream.rangeClosed(1, text.size()).filter(n -> text.line(n).contains(part)).findFirst().orElseThrow();
	}
}
