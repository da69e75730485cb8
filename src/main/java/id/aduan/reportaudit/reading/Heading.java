package id.aduan.reportaudit.reading;

import java.util.List;

/** A numbered section heading: "4.4. REKAPITULASI ..." has number "4.4" and parts [4, 4]. */
public record Heading(int line, String number, List<Integer> parts, String text) {

	public Heading {
		parts = List.copyOf(parts);
	}

	public int depth() {
		return parts.size();
	}

	/** The number that would follow this one at the same depth: 4.4 → 4.5. */
	public String successor() {
		StringBuilder next = new StringBuilder();
		for (int i = 0; i < parts.size(); i++) {
			int part = i == parts.size() - 1 ? parts.get(i) + 1 : parts.get(i);
			next.append(i == 0 ? "" : ".").append(part);
		}
		return next.toString();
	}
}
