package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

/**
 * Every rule has its name and its explanation in Indonesian and English, and every finding the seed
 * report yields can be worded in both: a finding without a text would reach the user as a key.
 */
class ReportAuditMessagesTest {

	@Test
	void everyRuleHasANameInBothLanguages() {
		for (Locale locale : List.of(AuditCommand.INDONESIAN, Locale.ENGLISH)) {
			Wording wording = Wording.bundle(locale);
			for (Rule rule : Rule.values()) {
				assertThat(wording.text("reportaudit.rule." + rule.name())).isNotBlank();
			}
		}
	}

	@Test
	void everyFindingOfTheSeedIsWordedInBothLanguagesWithEveryArgumentFilledIn() {
		List<Finding> findings = new ArrayList<>(SeedReportAuditTest.FINDINGS);
		findings.addAll(ReportAudit.standard()
			.audit(ReportText.of("Periode Juli 2023 sd Juni 2023\nKami menerima 10 pengaduan.\n\nSebanyak 12 pengaduan yang diterima.")));
		assertThat(findings).extracting(Finding::messageKey).contains("reportaudit.finding.DATE_ORDER.reversed",
				"reportaudit.finding.DATE_ORDER.signedEarly", "reportaudit.finding.TOTAL_CONFLICT");
		for (Locale locale : List.of(AuditCommand.INDONESIAN, Locale.ENGLISH)) {
			Wording wording = Wording.bundle(locale);
			for (Finding finding : findings) {
				String message;
				try {
					message = FindingView.of(finding, wording).message();
				}
				catch (MissingResourceException missing) {
					throw new AssertionError(locale + " has no text for " + finding.messageKey(), missing);
				}
				assertThat(message).as(finding.messageKey()).doesNotContain("{").doesNotContain("}");
			}
		}
	}
}
