package id.aduan.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnit;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHistory.PastComplaint;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.reports.SanctionKind;
import id.aduan.system.EmailAddress;
import id.aduan.system.FieldName;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PhoneNumber;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * Reads the rows of a history file into complaints of the past, checking every cell of every row and
 * naming each problem by row and column. Nothing is stored here.
 * <p>
 * Dates are ISO ({@code 2023-01-05}, {@code 2023-01-05 09:30}, {@code 2023-01-05T09:30:00}, with or
 * without an offset), in the office's time zone unless they carry their own. A date without a time
 * is taken at the office's opening, so that its working day is the date written, or at the step
 * before it when that was on the same day. The dates of a
 * row must follow one another (received, verified, routed, answered, closed: each on or after the one
 * before) and none may lie in the future.
 */
final class HistoryRows {

	/**
	 * What a date without a time is taken to mean: the office's opening, so that its working day is the
	 * date written (on Friday the office closes before noon); or, when the step before it was on the same
	 * day, the moment of that step.
	 */
	private static final LocalTime DATE_ONLY = LocalTime.of(8, 0);

	/**
	 * A row of the file read into a complaint of the past, with the sanction imposed after it if any;
	 * {@code row} as the spreadsheet numbers it.
	 */
	record Row(int row, PastComplaint past, PastSanction sanction) {
	}

	/** A sanction of the office's records: its kind (Aduan's), day, decree and, optionally, who. */
	record PastSanction(SanctionKind kind, LocalDate imposedOn, String decree, String person) {
	}

	record Checked(List<Row> rows, List<RowProblem> problems) {
	}

	/** The texts of a row, with the rules the register holds them to, named by their columns. */
	record Texts(@Required @MaxLength(100) @PlainText String reference,
			@MaxLength(200) @PlainText String title,
			@Required @MaxLength(10000) @PlainText String description,
			@FieldName(HistoryColumns.NAME) @MaxLength(200) @PlainText String name,
			@FieldName(HistoryColumns.PHONE) @PhoneNumber String phone,
			@FieldName(HistoryColumns.EMAIL) @EmailAddress String email,
			@MaxLength(10000) @PlainText String answer) {
	}

	private final Catalog catalog;

	private final ZoneId zone;

	private final Instant now;

	HistoryRows(Catalog catalog, Instant now) {
		this.catalog = catalog;
		this.zone = catalog.office().zone();
		this.now = now;
	}

	Checked check(List<List<String>> table) {
		List<RowProblem> problems = new ArrayList<>();
		if (table.isEmpty() || table.get(0).stream().allMatch(cell -> cell == null || cell.isBlank())) {
			return new Checked(List.of(), List.of(RowProblem.of(0, "", "history.file.empty")));
		}
		List<String> columns = new ArrayList<>();
		for (String header : table.get(0)) {
			String column = HistoryColumns.normalized(header);
			if (!column.isEmpty() && !HistoryColumns.ALL.contains(column)) {
				problems.add(RowProblem.of(1, header.strip(), "history.column.unknown", String.join(", ", HistoryColumns.ALL)));
			}
			else if (!column.isEmpty() && columns.contains(column)) {
				problems.add(RowProblem.of(1, header.strip(), "history.column.twice"));
			}
			columns.add(column);
		}
		for (String required : HistoryColumns.ALL) {
			if (HistoryColumns.REQUIRED.contains(required) && !columns.contains(required)) {
				problems.add(RowProblem.of(1, required, "history.column.missing"));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(List.of(), problems);
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 1; i < table.size(); i++) {
			List<String> values = table.get(i);
			if (values.stream().allMatch(value -> value == null || value.isBlank())) {
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			for (int c = 0; c < columns.size() && c < values.size(); c++) {
				String value = values.get(c);
				if (!columns.get(c).isEmpty() && value != null && !value.isBlank()) {
					cells.put(columns.get(c), value.strip());
				}
			}
			new RowCheck(i + 1, cells, problems, seen).read().ifPresent(rows::add);
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(RowProblem.of(0, "", "history.file.noRows"));
		}
		return new Checked(rows, problems);
	}

	/** One row's cells, checked; every problem found goes to the file's list. */
	private final class RowCheck {

		private final int row;

		private final Map<String, String> cells;

		private final List<RowProblem> problems;

		private final Map<String, Integer> seen;

		private final int before;

		RowCheck(int row, Map<String, String> cells, List<RowProblem> problems, Map<String, Integer> seen) {
			this.row = row;
			this.cells = cells;
			this.problems = problems;
			this.seen = seen;
			this.before = problems.size();
		}

		Optional<Row> read() {
			String reference = cells.get(HistoryColumns.REFERENCE);
			Problems texts = new Problems().validate(new Texts(reference, cells.get(HistoryColumns.TITLE),
					cells.get(HistoryColumns.DESCRIPTION), cells.get(HistoryColumns.NAME), cells.get(HistoryColumns.PHONE),
					cells.get(HistoryColumns.EMAIL), cells.get(HistoryColumns.ANSWER)));
			try {
				texts.throwIfAny();
			}
			catch (InvalidInput invalid) {
				for (FieldProblem problem : invalid.problems()) {
					problems.add(new RowProblem(row, problem.field(), problem.messageKey(), problem.arguments()));
				}
			}
			if (reference != null) {
				Integer first = seen.putIfAbsent(reference, row);
				if (first != null) {
					add(HistoryColumns.REFERENCE, "history.reference.twice", first);
				}
			}
			Long channel = code(HistoryColumns.CHANNEL, code -> catalog.itemByCode(ReferenceList.CHANNEL, code)
				.map(ReferenceItem::id));
			Long reportType = code(HistoryColumns.REPORT_TYPE,
					code -> catalog.itemByCode(ReferenceList.REPORT_TYPE, code).map(ReferenceItem::id));
			Long form = code(HistoryColumns.FORM, code -> catalog.itemByCode(ReferenceList.FORM, code).map(ReferenceItem::id));
			Long category = code(HistoryColumns.CATEGORY,
					code -> catalog.itemByCode(ReferenceList.CATEGORY, code).map(ReferenceItem::id));
			Long service = code(HistoryColumns.SERVICE, code -> catalog.serviceByCode(code).map(s -> s.id()));
			Optional<WorkUnit> unit = Optional.ofNullable(cells.get(HistoryColumns.UNIT)).flatMap(catalog::unitByCode);
			if (cells.containsKey(HistoryColumns.UNIT) && unit.isEmpty()) {
				add(HistoryColumns.UNIT, "history.code.unknown", cells.get(HistoryColumns.UNIT));
			}
			Boolean anonymous = yesNo(cells.get(HistoryColumns.ANONYMOUS));
			if (anonymous == null) {
				add(HistoryColumns.ANONYMOUS, "history.anonymous.invalid");
			}
			Instant received = time(HistoryColumns.RECEIVED_AT, null);
			Instant verified = time(HistoryColumns.VERIFIED_AT, received);
			Instant routed = time(HistoryColumns.ROUTED_AT, latest(received, verified));
			Instant answered = time(HistoryColumns.ANSWERED_AT, latest(received, verified, routed));
			Instant closed = time(HistoryColumns.CLOSED_AT, latest(received, verified, routed, answered));
			if (received == null && !has(HistoryColumns.RECEIVED_AT)) {
				add(HistoryColumns.RECEIVED_AT, "field.required");
			}
			inOrder(received, HistoryColumns.RECEIVED_AT, verified, HistoryColumns.VERIFIED_AT);
			inOrder(received != null && verified == null ? received : verified, verified == null
					? HistoryColumns.RECEIVED_AT : HistoryColumns.VERIFIED_AT, routed, HistoryColumns.ROUTED_AT);
			Instant lastBeforeAnswer = routed != null ? routed : verified != null ? verified : received;
			inOrder(lastBeforeAnswer, routed != null ? HistoryColumns.ROUTED_AT
					: verified != null ? HistoryColumns.VERIFIED_AT : HistoryColumns.RECEIVED_AT, answered,
					HistoryColumns.ANSWERED_AT);
			inOrder(answered, HistoryColumns.ANSWERED_AT, closed, HistoryColumns.CLOSED_AT);
			needs(routed != null || answered != null, verified != null || has(HistoryColumns.VERIFIED_AT),
					HistoryColumns.VERIFIED_AT, "history.verified.needed");
			needs(routed != null, unit.isPresent() || has(HistoryColumns.UNIT), HistoryColumns.UNIT,
					"history.unit.needed");
			needs(unit.isPresent(), routed != null || has(HistoryColumns.ROUTED_AT), HistoryColumns.ROUTED_AT,
					"history.routed.needed");
			needs(answered != null, cells.containsKey(HistoryColumns.ANSWER) || has(HistoryColumns.ANSWER),
					HistoryColumns.ANSWER, "history.answer.needed");
			needs(cells.containsKey(HistoryColumns.ANSWER), answered != null || has(HistoryColumns.ANSWERED_AT),
					HistoryColumns.ANSWERED_AT, "history.answeredAt.needed");
			needs(closed != null, answered != null || has(HistoryColumns.ANSWERED_AT), HistoryColumns.ANSWERED_AT,
					"history.closed.needsAnswer");
			Integer rating = null;
			if (cells.containsKey(HistoryColumns.RATING)) {
				rating = switch (cells.get(HistoryColumns.RATING)) {
					case "1", "2", "3", "4", "5" -> Integer.valueOf(cells.get(HistoryColumns.RATING));
					default -> null;
				};
				if (rating == null) {
					add(HistoryColumns.RATING, "history.rating.invalid");
				}
				needs(true, answered != null || has(HistoryColumns.ANSWERED_AT), HistoryColumns.ANSWERED_AT,
						"history.rating.needsAnswer");
			}
			Boolean solved = cells.containsKey(HistoryColumns.SOLVED) ? yesNo(cells.get(HistoryColumns.SOLVED)) : null;
			if (cells.containsKey(HistoryColumns.SOLVED) && solved == null) {
				add(HistoryColumns.SOLVED, "history.anonymous.invalid");
			}
			needs(cells.containsKey(HistoryColumns.SOLVED), cells.containsKey(HistoryColumns.RATING), HistoryColumns.RATING,
					"history.solved.needsRating");
			PastSanction sanction = sanction(received, unit.isPresent());
			if (problems.size() > before) {
				return Optional.empty();
			}
			String description = cells.get(HistoryColumns.DESCRIPTION);
			String phone = cells.get(HistoryColumns.PHONE);
			NewComplaint complaint = NewComplaint
				.of(new Arrival(channel, received, reference),
						Matter.of(title(cells.get(HistoryColumns.TITLE), description), description))
				.from(new Complainant(cells.get(HistoryColumns.NAME), phone == null ? null : PhoneNumber.Check.normalized(phone),
						cells.get(HistoryColumns.EMAIL), null), anonymous, false)
				.classifiedAs(new Classification(reportType, form, category, service));
			return Optional.of(new Row(row, new PastComplaint(reference, complaint, verified,
					unit.map(WorkUnit::id).orElse(null), unit.map(WorkUnit::name).orElse(null), routed, answered,
					cells.get(HistoryColumns.ANSWER), closed, rating, solved), sanction));
		}

		/** The sanction columns, all empty or a kind with its day and decree on a complaint routed to a unit. */
		private PastSanction sanction(Instant received, boolean hasUnit) {
			String kind = cells.get(HistoryColumns.SANCTION);
			if (kind == null) {
				needs(cells.containsKey(HistoryColumns.SANCTION_ON) || cells.containsKey(HistoryColumns.SANCTION_DECREE)
						|| cells.containsKey(HistoryColumns.SANCTION_PERSON), false, HistoryColumns.SANCTION,
						"history.sanction.kindNeeded");
				return null;
			}
			String known = HistoryColumns.SANCTION_KINDS.get(kind.toUpperCase(Locale.ROOT));
			if (known == null) {
				add(HistoryColumns.SANCTION, "history.code.unknown", kind);
			}
			needs(true, hasUnit || has(HistoryColumns.UNIT), HistoryColumns.UNIT, "history.sanction.unitNeeded");
			needs(true, cells.containsKey(HistoryColumns.SANCTION_DECREE), HistoryColumns.SANCTION_DECREE, "field.required");
			if (cells.containsKey(HistoryColumns.SANCTION_DECREE) && cells.get(HistoryColumns.SANCTION_DECREE).length() > 100) {
				add(HistoryColumns.SANCTION_DECREE, "field.tooLong", 100);
			}
			if (cells.containsKey(HistoryColumns.SANCTION_PERSON) && cells.get(HistoryColumns.SANCTION_PERSON).length() > 200) {
				add(HistoryColumns.SANCTION_PERSON, "field.tooLong", 200);
			}
			Instant on = time(HistoryColumns.SANCTION_ON, received);
			needs(true, on != null || has(HistoryColumns.SANCTION_ON), HistoryColumns.SANCTION_ON, "field.required");
			inOrder(received, HistoryColumns.RECEIVED_AT, on, HistoryColumns.SANCTION_ON);
			return known == null || on == null ? null
					: new PastSanction(SanctionKind.valueOf(known), on.atZone(zone).toLocalDate(),
							cells.get(HistoryColumns.SANCTION_DECREE), cells.get(HistoryColumns.SANCTION_PERSON));
		}

		private void add(String column, String key, Object... arguments) {
			problems.add(RowProblem.of(row, column, key, arguments));
		}

		/** Whether this row already has a problem in {@code column}: one problem a cell is enough. */
		private boolean has(String column) {
			return problems.subList(before, problems.size()).stream().anyMatch(p -> p.column().equals(column));
		}

		private Long code(String column, Function<String, Optional<Long>> lookUp) {
			String value = cells.get(column);
			if (value == null) {
				if (HistoryColumns.REQUIRED.contains(column)) {
					add(column, "field.required");
				}
				return null;
			}
			Optional<Long> id = lookUp.apply(value.toUpperCase(Locale.ROOT));
			if (id.isEmpty()) {
				id = lookUp.apply(value);
			}
			if (id.isEmpty()) {
				add(column, "history.code.unknown", value);
			}
			return id.orElse(null);
		}

		/** The moment in {@code column}; a date alone on the day of {@code before} is taken at {@code before}. */
		private Instant time(String column, Instant before) {
			String value = cells.get(column);
			if (value == null) {
				return null;
			}
			Instant parsed = parsed(value);
			if (parsed != null && before != null && value.strip().length() == 10 && parsed.isBefore(before)
					&& parsed.atZone(zone).toLocalDate().equals(before.atZone(zone).toLocalDate())) {
				parsed = before;
			}
			if (parsed == null) {
				add(column, "history.date.invalid", value);
			}
			else if (parsed.isAfter(now)) {
				add(column, "history.date.future", value);
				return null;
			}
			return parsed;
		}

		private Instant parsed(String value) {
			String text = value.strip().replace(' ', 'T');
			try {
				if (text.length() == 10) {
					return LocalDate.parse(text).atTime(DATE_ONLY).atZone(zone).toInstant();
				}
				if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
					return OffsetDateTime.parse(text).toInstant();
				}
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeParseException notIso) {
				return null;
			}
		}

		private static Instant latest(Instant... steps) {
			Instant latest = null;
			for (Instant step : steps) {
				if (step != null && (latest == null || step.isAfter(latest))) {
					latest = step;
				}
			}
			return latest;
		}

		/** {@code later} (in {@code laterColumn}) must not come before {@code earlier}. */
		private void inOrder(Instant earlier, String earlierColumn, Instant later, String laterColumn) {
			if (earlier != null && later != null && later.isBefore(earlier)) {
				add(laterColumn, "history.date.order", earlierColumn);
			}
		}

		private void needs(boolean when, boolean present, String column, String key) {
			if (when && !present) {
				add(column, key);
			}
		}
	}

	/** "true/false" as the template writes it, and the ways offices write yes and no; empty is no; null when neither. */
	static Boolean yesNo(String value) {
		if (value == null) {
			return false;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true", "ya", "y", "yes", "1" -> true;
			case "false", "tidak", "t", "no", "n", "0" -> false;
			default -> null;
		};
	}

	/** The complaint's title: the one written, or the description's start up to a word, as a clerk would. */
	static String title(String title, String description) {
		if (title != null) {
			return title;
		}
		if (description == null) {
			return null;
		}
		String firstLine = description.lines().findFirst().orElse(description).strip();
		if (firstLine.length() <= 80) {
			return firstLine;
		}
		int cut = firstLine.lastIndexOf(' ', 80);
		return firstLine.substring(0, cut > 40 ? cut : 80).strip() + "…";
	}
}
