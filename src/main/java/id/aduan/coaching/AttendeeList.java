package id.aduan.coaching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.aduan.system.Problems;

/**
 * Reads a list of people pasted from a spreadsheet or typed one per line. Cells are separated by tabs
 * (as a spreadsheet copies them), semicolons or vertical bars; a first cell that is only a number (the
 * NO column) is dropped. One cell is a name; two are name and institution; three are name, title or
 * role, and institution. Every line with a problem is reported with its line number.
 */
final class AttendeeList {

	static final int MAX_PEOPLE = 500;

	private AttendeeList() {
	}

	static List<PersonDraft> parse(String text, AttendeeKind kind, Problems problems) {
		List<PersonDraft> people = new ArrayList<>();
		List<String> lines = text == null ? List.of() : text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			List<String> cells = new ArrayList<>(Arrays.stream(line.split("\t|;|\\|", -1)).map(String::strip).toList());
			if (cells.size() > 1 && cells.get(0).matches("\\d{1,4}[.)]?")) {
				cells.remove(0);
			}
			else if (cells.size() == 1) {
				cells.set(0, cells.get(0).replaceFirst("^\\d{1,4}[.)]\\s+", ""));
			}
			while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			String name = cells.get(0);
			String capacity = cells.size() >= 3 ? cells.get(1) : null;
			String institution = cells.size() == 2 ? cells.get(1)
					: cells.size() >= 3 ? String.join(", ", cells.subList(2, cells.size())) : null;
			String lineNumber = String.valueOf(i + 1);
			if (name.isEmpty()) {
				problems.add("list", "coaching.paste.name." + kind.name(), lineNumber);
			}
			else if (name.length() > 200 || length(capacity) > 200 || length(institution) > 200) {
				problems.add("list", "coaching.paste.tooLong", lineNumber);
			}
			else {
				people.add(new PersonDraft(name, Problems.blankToNull(capacity), Problems.blankToNull(institution)));
			}
		}
		if (people.isEmpty() && problems.isEmpty()) {
			problems.add("list", "coaching.paste.empty");
		}
		problems.check(people.size() <= MAX_PEOPLE, "list", "coaching.paste.tooMany", String.valueOf(MAX_PEOPLE));
		return people;
	}

	private static int length(String value) {
		return value == null ? 0 : value.length();
	}
}
