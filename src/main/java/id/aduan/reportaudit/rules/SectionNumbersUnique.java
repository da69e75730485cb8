package id.aduan.reportaudit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.Heading;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * DUPLICATE_HEADING: each section number is used once. The second use is the finding; the number it
 * was probably meant to have is the one after the heading before it at the same depth.
 */
public final class SectionNumbersUnique implements AuditPolicy {

	@Override
	public List<Finding> check(ReportStructure report) {
		Map<String, Heading> seen = new HashMap<>();
		Map<Integer, Heading> previousAtDepth = new HashMap<>();
		List<Finding> findings = new ArrayList<>();
		for (Heading heading : report.headings()) {
			Heading earlier = seen.putIfAbsent(heading.number(), heading);
			if (earlier != null) {
				Heading before = previousAtDepth.getOrDefault(heading.depth(), earlier);
				findings.add(Finding.of(Rule.DUPLICATE_HEADING, heading.line(), heading.text(), before.successor(),
						heading.number(), heading.number(), earlier.line()));
			}
			previousAtDepth.put(heading.depth(), heading);
		}
		return findings;
	}
}
