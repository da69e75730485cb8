package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Properties over many generated reports (seeded, so every run checks the same ones and a failure
 * can be reproduced from its seed): a report that is right gives no finding, whatever its numbers
 * and forms; changing one count, figure and words alike, always gives a SUM_MISMATCH.
 */
class ConsistentReportPropertiesTest {

	private static final int REPORTS = 300;

	@Test
	void aConsistentReportGivesNoFinding() {
		for (long seed = 1; seed <= REPORTS; seed++) {
			ConsistentReports.Generated report = new ConsistentReports(seed).next();

			List<Finding> findings = ReportAudit.standard().audit(ReportText.of(report.text()));

			assertThat(findings).as("seed %d:%n%s", seed, report.text()).isEmpty();
		}
	}

	@Test
	void changingOneCountGivesASumMismatch() {
		for (long seed = 1; seed <= REPORTS; seed++) {
			ConsistentReports.Generated report = new ConsistentReports(seed).next();
			String item = report.firstItems().get((int) (seed % report.firstItems().size()));
			String changed = report.text().replace(item, spoiled(item));

			List<Finding> findings = ReportAudit.standard().audit(ReportText.of(changed));

			assertThat(findings).as("seed %d:%n%s", seed, changed)
				.extracting(Finding::rule)
				.contains(Rule.SUM_MISMATCH)
				.doesNotContain(Rule.TERBILANG_MISMATCH);
		}
	}

	/** The item with its count one higher, in figures and in words, written as before. */
	private static String spoiled(String item) {
		java.util.regex.Matcher count = java.util.regex.Pattern
			.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(\\s*\\(([^)]*)\\))?(?= (?:atau|pengaduan))")
			.matcher(item);
		if (!count.find()) {
			throw new IllegalStateException("no count in " + item);
		}
		long value = Long.parseLong(count.group(1).replace(".", "")) + 1;
		String words = count.group(3) == null ? "" : " (" + id.aduan.language.NumberWords.of(value) + ")";
		return item.substring(0, count.start()) + value + words + item.substring(count.end());
	}
}
