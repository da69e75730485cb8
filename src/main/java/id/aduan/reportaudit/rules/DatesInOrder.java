package id.aduan.reportaudit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.aduan.language.IndonesianDates;
import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.DateMention;
import id.aduan.reportaudit.reading.Period;
import id.aduan.reportaudit.reading.Periods;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * DATE_ORDER: dates that cannot be right. A period must not end before it starts. A report is signed
 * on or after the last day of the period it reports on: the first signing date after a period is
 * stated is the report's own; later ones (minutes, attendance lists bound into the same file) have
 * periods of their own and are only checked against a period stated after the earlier signature.
 */
public final class DatesInOrder implements AuditPolicy {

	@Override
	public List<Finding> check(ReportStructure report) {
		List<Finding> findings = new ArrayList<>();
		for (Period period : report.periods()) {
			if (period.endsBeforeItStarts()) {
				findings.add(Finding
					.of(Rule.DATE_ORDER, period.line(), period.text(), "≥ " + IndonesianDates.formal(period.start()),
							IndonesianDates.formal(period.end()), period.text(), IndonesianDates.formal(period.start()),
							IndonesianDates.formal(period.end()))
					.variant("reversed"));
			}
		}
		Set<Period> checked = new HashSet<>();
		for (DateMention signed : report.signingDates()) {
			Period period = Periods.inForce(report.periods(), signed.line());
			if (period == null || !checked.add(period) || period.endsBeforeItStarts()) {
				continue;
			}
			if (signed.date().isBefore(period.end())) {
				String end = IndonesianDates.formal(period.end());
				findings.add(Finding
					.of(Rule.DATE_ORDER, signed.line(), signed.text(), "≥ " + end,
							IndonesianDates.formal(signed.date()), IndonesianDates.formal(signed.date()),
							period.label(), end, period.line())
					.variant("signedEarly"));
			}
		}
		return findings;
	}
}
