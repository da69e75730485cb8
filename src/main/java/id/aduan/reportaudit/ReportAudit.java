package id.aduan.reportaudit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.aduan.reportaudit.reading.ReportStructure;
import id.aduan.reportaudit.rules.AuditPolicy;
import id.aduan.reportaudit.rules.BreakdownAddsUp;
import id.aduan.reportaudit.rules.DatesInOrder;
import id.aduan.reportaudit.rules.ItemsListedOnce;
import id.aduan.reportaudit.rules.OneTotalPerPeriod;
import id.aduan.reportaudit.rules.OwnInstitutionOnly;
import id.aduan.reportaudit.rules.PercentagesMakeWhole;
import id.aduan.reportaudit.rules.PercentagesMatchCounts;
import id.aduan.reportaudit.rules.SectionNumbersUnique;
import id.aduan.reportaudit.rules.WeekdayMatchesDate;
import id.aduan.reportaudit.rules.WordsMatchFigures;

/**
 * Audits a report: reads its structure once from its passages (a PDF's sentences and items rebuilt
 * from its printed lines), runs every rule over it and returns the findings at the printed lines
 * where they start, in reading order (by line, then by rule). Plain Java, no Spring: the page, the API and the CLI all
 * run exactly this.
 */
public final class ReportAudit {

	private final List<AuditPolicy> policies;

	public ReportAudit(List<AuditPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	/** Every rule of {@link Rule}, each by its policy. */
	public static ReportAudit standard() {
		return new ReportAudit(List.of(new WordsMatchFigures(), new BreakdownAddsUp(), new PercentagesMatchCounts(),
				new PercentagesMakeWhole(), new OneTotalPerPeriod(), new SectionNumbersUnique(), new ItemsListedOnce(),
				new WeekdayMatchesDate(), new DatesInOrder(), new OwnInstitutionOnly()));
	}

	public List<Finding> audit(ReportText text) {
		Passages reading = text.reading();
		ReportStructure structure = ReportStructure.of(reading.text());
		List<Finding> findings = new ArrayList<>();
		for (AuditPolicy policy : policies) {
			for (Finding finding : policy.check(structure)) {
				findings.add(finding.at(reading.printedLine(finding.line(), finding.text())));
			}
		}
		findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
		return findings;
	}
}
