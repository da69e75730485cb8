package id.aduan.reportaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.Breakdown;
import id.aduan.reportaudit.reading.ListItem;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * DUPLICATE_ITEM: a breakdown names each item once. Two items are the same when what they describe
 * is the same after small words are set aside: "ditujukan Dinas Sosial" and "ditujukan kepada Dinas
 * Sosial" are one work unit. Numbers inside the description count ("1 (satu) hari kerja" is not "2
 * (dua) hari kerja"), and items that describe nothing but the counted noun are never compared. The
 * counted noun ("pengaduan", "laporan") is set aside only where it leads the description: inside a
 * name it is part of the name ("Alur Pelayanan Pengaduan" is not "Alur Pelayanan Laporan").
 */
public final class ItemsListedOnce implements AuditPolicy {

	private static final Set<String> SMALL_WORDS = Set.of("kepada", "ke", "pada", "yang", "di", "oleh", "untuk",
			"bagi", "dan", "serta", "atau");

	private static final Set<String> COUNTED_NOUNS = Set.of("pengaduan", "laporan", "aduan");

	@Override
	public List<Finding> check(ReportStructure report) {
		List<Finding> findings = new ArrayList<>();
		for (Breakdown breakdown : report.breakdowns()) {
			Map<String, ListItem> seen = new HashMap<>();
			for (ListItem item : breakdown.items()) {
				String key = key(item.description());
				ListItem earlier = key.isEmpty() ? null : seen.putIfAbsent(key, item);
				if (earlier != null && breakdown.inTable()) {
					findings.add(Finding.of(Rule.DUPLICATE_ITEM, item.line(), item.description(), "1", "2",
							readable(item.description()), earlier.line(), breakdown.table().table()).variant("table"));
				}
				else if (earlier != null) {
					findings.add(Finding.of(Rule.DUPLICATE_ITEM, item.line(), report.text().line(item.line()).strip(),
							"1", "2", readable(item.description()), earlier.line()));
				}
			}
		}
		return findings;
	}

	static String key(String description) {
		List<String> words = Arrays.stream(description.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word))
			.toList();
		int start = 0;
		while (start < words.size() && COUNTED_NOUNS.contains(words.get(start))) {
			start++;
		}
		return String.join(" ", words.subList(start, words.size()));
	}

	private static String readable(String description) {
		return description.replaceAll("[;,.]*(?:\\s+(?:dan|serta))?[;,.]*$", "").strip();
	}
}
