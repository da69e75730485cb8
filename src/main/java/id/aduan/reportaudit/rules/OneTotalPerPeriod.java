package id.aduan.reportaudit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.Period;
import id.aduan.reportaudit.reading.ReceivedTotal;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * TOTAL_CONFLICT: however often a report says how many complaints it received in one period, it
 * must say the same number. The number it states most often (the first, when tied) is taken as the
 * intended one; every other is a finding. Totals of different periods ("pada bulan Januari" against
 * the semester) are not compared, and neither are totals of something else ("telah selesai
 * ditanggapi").
 */
public final class OneTotalPerPeriod implements AuditPolicy {

	@Override
	public List<Finding> check(ReportStructure report) {
		Map<Object, List<ReceivedTotal>> byPeriod = report.receivedTotals()
			.stream()
			.collect(Collectors.groupingBy(OneTotalPerPeriod::periodKey, LinkedHashMap::new, Collectors.toList()));
		List<Finding> findings = new ArrayList<>();
		for (List<ReceivedTotal> totals : byPeriod.values()) {
			ReceivedTotal intended = intended(totals);
			for (ReceivedTotal total : totals) {
				if (total.total().value() != intended.total().value()) {
					findings.add(finding(total, intended));
				}
			}
		}
		return findings;
	}

	private static ReceivedTotal intended(List<ReceivedTotal> totals) {
		Map<Long, Long> counts = totals.stream()
			.collect(Collectors.groupingBy(total -> total.total().value(), LinkedHashMap::new,
					Collectors.counting()));
		long most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		long mostCount = counts.get(most);
		return totals.stream()
			.filter(total -> counts.get(total.total().value()) == mostCount)
			.findFirst()
			.orElseThrow();
	}

	private static Finding finding(ReceivedTotal total, ReceivedTotal intended) {
		Finding finding = Finding.of(Rule.TOTAL_CONFLICT, total.total().line(), total.total().text(),
				String.valueOf(intended.total().value()), String.valueOf(total.total().value()),
				total.total().value(), intended.total().value(), intended.total().line(),
				total.period() == null ? "" : total.period().label());
		return total.period() == null ? finding.variant("noPeriod") : finding;
	}

	private static Object periodKey(ReceivedTotal total) {
		Period period = total.period();
		return period == null ? "" : Objects.hash(period.start(), period.end());
	}

}
