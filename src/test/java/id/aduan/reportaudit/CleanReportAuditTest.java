package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A report that adds up everywhere, written to be full of what a careless reader would count: phone
 * numbers, NIP, decree and letter numbers, "Pasal 9 ayat (1)", "tanggal 5 (lima)", durations in
 * working days, thousands with dots, decimals with commas and dots, words in capitals, "1%" of 122,
 * a list of examples that need not add up, numbered name lists in capitals, correct weekdays.
 */
class CleanReportAuditTest {

	private final String clean = Fixtures.text(Fixtures.CLEAN);

	@Test
	void aReportThatAddsUpGivesNoFinding() {
		assertThat(ReportAudit.standard().audit(ReportText.of(clean))).isEmpty();
	}

	@Test
	void changingOneCountInItIsFoundThreeWays() {
		String changed = clean.replace("2. 110 (Seratus Sepuluh) atau 8,8%", "2. 120 (Seratus Sepuluh) atau 8,8%");

		assertThat(ReportAudit.standard().audit(ReportText.of(changed))).extracting(Finding::rule)
			.containsExactlyInAnyOrder(Rule.SUM_MISMATCH, Rule.TERBILANG_MISMATCH, Rule.PERCENT_MISMATCH);
	}

	@Test
	void aWrongWeekdayOrAnEarlySignatureInItIsFound() {
		String changed = clean.replace("hari Selasa, 4 Juni 2024", "hari Rabu, 4 Juni 2024")
			.replace("Pada tanggal, 1 Juli 2024", "Pada tanggal, 28 Juni 2024");

		List<Finding> findings = ReportAudit.standard().audit(ReportText.of(changed));

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.WEEKDAY_MISMATCH, Rule.DATE_ORDER);
	}
}
