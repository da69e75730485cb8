package id.aduan.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.complaints.ComplaintStatus;
import id.aduan.complaints.queries.RegisterStatistics;
import id.aduan.language.IndonesianDates;

/**
 * The one query path for every count Aduan shows: the report, the dashboard and the spreadsheet all
 * take their figures from here. Everything is counted in the database: from the tally where the database
 * keeps one ({@link ComplaintTally}), else from the register, every breakdown of the period in one pass
 * over its rows ({@link RegisterStatistics}); nothing loads the complaints themselves. A complaint the breakdown
 * cannot place (no category yet, not answered yet) is counted in its own line, so every breakdown adds
 * up to the total.
 * <p>
 * A month the coordinator has closed ({@link ClosedMonths}) is not counted again: its frozen figures, of
 * its latest revision, stand in for it whenever a period covers the whole month, and the figures say
 * which revisions they used ({@link Figures#revisions()}).
 */
@Component
@Transactional(readOnly = true)
public class ComplaintStatistics {

	static final String NONE = "_NONE";

	private final RegisterStatistics register;

	private final ComplaintTally tally;

	private final Catalog catalog;

	private final ReportSettings settings;

	private final MessageSource messages;

	private final ObjectProvider<ClosedMonths> closedMonths;

	ComplaintStatistics(RegisterStatistics register, ComplaintTally tally, Catalog catalog, ReportSettings settings,
			MessageSource messages, ObjectProvider<ClosedMonths> closedMonths) {
		this.register = register;
		this.tally = tally;
		this.catalog = catalog;
		this.settings = settings;
		this.messages = messages;
		this.closedMonths = closedMonths;
	}

	/**
	 * The figures of a period, for the whole office ({@code unitId} null) or a unit and its sub-units; closed
	 * months as frozen.
	 */
	public Figures figures(ReportPeriod period, Long unitId, Locale locale) {
		return figures(scope(period, unitId), unitId, locale, this::counts);
	}

	/** The same figures counted from the complaints themselves, never from the tally: to check the tally against. */
	Figures figuresFromRows(ReportPeriod period, Long unitId, Locale locale) {
		return figures(scope(period, unitId), unitId, locale, this::countRows);
	}

	/**
	 * What closing {@code month} freezes: the month counted live (never from an earlier freeze), per work unit
	 * exactly (not with its sub-units), and what no unit has under a null unit. Added up they are the office's
	 * figures of the month.
	 */
	public List<FrozenCount> countsToFreeze(YearMonth month) {
		ReportPeriod period = ReportPeriod.month(month.getYear(), month.getMonthValue());
		Map<String, long[]> unrouted = counts(new Scope(period, null)).toFreeze();
		List<FrozenCount> frozen = new ArrayList<>();
		for (WorkUnitTree.Node node : catalog.unitTree().ordered()) {
			Map<String, long[]> unit = counts(new Scope(period, Set.of(node.unit().id()))).toFreeze();
			unit.forEach((key, sums) -> {
				long[] rest = unrouted.computeIfAbsent(key, k -> new long[4]);
				for (int i = 0; i < 4; i++) {
					rest[i] -= sums[i];
				}
			});
			frozen.addAll(Counts.frozen(node.unit().id(), unit));
		}
		frozen.addAll(Counts.frozen(null, unrouted));
		return frozen;
	}

	private Scope scope(ReportPeriod period, Long unitId) {
		return new Scope(period, unitId == null ? null : catalog.unitTree().subtreeOf(unitId));
	}

	/** Counts the period's open parts with {@code counter} and adds the frozen figures of its closed months. */
	private Figures figures(Scope scope, Long unitId, Locale locale, Function<Scope, Counts> counter) {
		Map<YearMonth, ClosedMonth> closed = closedWithin(scope.period());
		Counts counts = new Counts();
		for (ReportPeriod open : openParts(scope.period(), closed.keySet())) {
			counts.add(counter.apply(new Scope(open, scope.units())));
		}
		Map<YearMonth, Integer> revisions = new TreeMap<>();
		for (ClosedMonth month : closed.values()) {
			revisions.put(month.month(), month.revision());
			for (FrozenCount frozen : month.counts()) {
				if (scope.units() == null || frozen.unitId() != null && scope.units().contains(frozen.unitId())) {
					counts.add(month.month(), frozen);
				}
			}
		}
		return figures(scope, unitId, counts, locale, revisions);
	}

	/** The closed months the period covers whole. */
	private Map<YearMonth, ClosedMonth> closedWithin(ReportPeriod period) {
		ClosedMonths source = closedMonths.getIfAvailable();
		if (source == null) {
			return Map.of();
		}
		List<YearMonth> whole = period.months()
			.stream()
			.filter(month -> !month.atDay(1).isBefore(period.from()) && !month.atEndOfMonth().isAfter(period.to()))
			.toList();
		return whole.isEmpty() ? Map.of() : source.closed(whole);
	}

	/** The period without the closed months: the runs of days still counted live, in order. */
	private static List<ReportPeriod> openParts(ReportPeriod period, Set<YearMonth> closed) {
		List<ReportPeriod> parts = new ArrayList<>();
		LocalDate start = period.from();
		for (YearMonth month : period.months()) {
			if (closed.contains(month)) {
				if (start.isBefore(month.atDay(1))) {
					parts.add(new ReportPeriod(start, month.atDay(1).minusDays(1)));
				}
				start = month.atEndOfMonth().plusDays(1);
			}
		}
		if (!start.isAfter(period.to())) {
			parts.add(new ReportPeriod(start, period.to()));
		}
		return parts;
	}

	private Figures figures(Scope scope, Long unitId, Counts counts, Locale locale, Map<YearMonth, Integer> revisions) {
		ReportPeriod period = scope.period();
		boolean listZero = settings.current().listZeroItems();
		long total = counts.status(Counts.COUNTED);
		long duplicates = counts.status("DUPLICATE");
		long notOurs = counts.status("NOT_OUR_AUTHORITY");
		long answered = total - counts.of(Breakdown.Dimension.RESPONSE_TIME).getOrDefault(NONE, 0L);

		Map<Breakdown.Dimension, Breakdown> breakdowns = new EnumMap<>(Breakdown.Dimension.class);
		breakdowns.put(Breakdown.Dimension.CHANNEL, reference(Breakdown.Dimension.CHANNEL, counts,
				catalog.items(ReferenceList.CHANNEL), null, listZero, locale));
		breakdowns.put(Breakdown.Dimension.MONTH, byMonth(scope, counts));
		breakdowns.put(Breakdown.Dimension.CATEGORY, reference(Breakdown.Dimension.CATEGORY, counts,
				catalog.items(ReferenceList.CATEGORY), "report.none.category", listZero, locale));
		breakdowns.put(Breakdown.Dimension.RESPONSE_TIME, byResponseTime(counts, locale));
		breakdowns.put(Breakdown.Dimension.UNIT, byUnit(scope, counts, listZero, locale));
		breakdowns.put(Breakdown.Dimension.SERVICE, byService(counts, listZero, locale));
		breakdowns.put(Breakdown.Dimension.FORM, reference(Breakdown.Dimension.FORM, counts,
				catalog.items(ReferenceList.FORM), "report.none.form", listZero, locale));
		breakdowns.put(Breakdown.Dimension.REPORT_TYPE, reference(Breakdown.Dimension.REPORT_TYPE, counts,
				catalog.items(ReferenceList.REPORT_TYPE), "report.none.reportType", listZero, locale));
		breakdowns.put(Breakdown.Dimension.RATING, byRating(counts, locale));
		breakdowns.put(Breakdown.Dimension.STATUS, byStatus(counts, locale));
		return new Figures(period, unitId, total, duplicates, notOurs, answered, breakdowns, ratings(counts),
				Collections.unmodifiableMap(new TreeMap<>(revisions)));
	}

	/** The period's complaints: received in it, optionally in a set of units. */
	private record Scope(ReportPeriod period, Set<Long> units) {
	}

	/** The statuses counted apart from the total, as {@link Counts} keeps them. */
	private static final Set<ComplaintStatus> COUNTED_APART = Set.of(ComplaintStatus.DUPLICATE,
			ComplaintStatus.NOT_OUR_AUTHORITY);

	/** From the tally where the database keeps one, else from the complaints themselves. */
	private Counts counts(Scope scope) {
		return tally.kept() ? tally.counts(scope.period(), scope.units()) : countRows(scope);
	}

	/** Counts the period's complaints themselves, every breakdown in one pass ({@link RegisterStatistics}). */
	private Counts countRows(Scope scope) {
		Counts counts = new Counts();
		register.count(scope.period().from(), scope.period().to(), scope.units(), COUNTED_APART,
				status -> StatusCodes.code(status.name()), count -> {
					if (count.apart() != null) {
						counts.status(count.apart().name(), count.complaints());
					}
					else if (count.key() == null) {
						counts.status(Counts.COUNTED, count.complaints());
						counts.verdicts(count.rated(), count.scoreSum(), count.solved());
					}
					else {
						counts.item(Breakdown.Dimension.valueOf(count.key().name()), count.item(), count.complaints(),
								count.rated(), count.scoreSum(), count.solved());
					}
				});
		return counts;
	}

	private Breakdown reference(Breakdown.Dimension dimension, Counts all, List<ReferenceItem> items, String noneKey,
			boolean listZero, Locale locale) {
		Map<String, Long> counts = all.of(dimension);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (ReferenceItem item : items) {
			long count = counts.getOrDefault(String.valueOf(item.id()), 0L);
			if (item.active() || count > 0) {
				lines.add(new String[] { item.code(), item.name() });
				values.add(count);
			}
		}
		addNone(noneKey, counts, lines, values, locale);
		return Breakdown.of(dimension, lines, values, listZero);
	}

	private Breakdown byMonth(Scope scope, Counts all) {
		Map<String, Long> counts = all.of(Breakdown.Dimension.MONTH);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		boolean oneYear = scope.period().from().getYear() == scope.period().to().getYear();
		for (YearMonth month : scope.period().months()) {
			String name = IndonesianDates.monthName(month.getMonth()) + (oneYear ? "" : " " + month.getYear());
			lines.add(new String[] { month.toString(), name });
			values.add(counts.getOrDefault(String.valueOf(month.getYear() * 100 + month.getMonthValue()), 0L));
		}
		return Breakdown.of(Breakdown.Dimension.MONTH, lines, values, true);
	}

	/**
	 * Buckets of the seed's section 4.4: answered at the same time (0 working days), in 1, 2, …
	 * working days, and those not answered yet.
	 */
	private Breakdown byResponseTime(Counts all, Locale locale) {
		Map<String, Long> counts = all.of(Breakdown.Dimension.RESPONSE_TIME);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		counts.keySet()
			.stream()
			.filter(key -> !key.equals(NONE))
			.mapToInt(Integer::parseInt)
			.sorted()
			.forEach(days -> {
				lines.add(new String[] { String.valueOf(days), days == 0 ? text("report.response.same", locale)
						: text("report.response.days", locale, days) });
				values.add(counts.get(String.valueOf(days)));
			});
		addNone("report.none.response", counts, lines, values, locale);
		return Breakdown.of(Breakdown.Dimension.RESPONSE_TIME, lines, values, false);
	}

	private Breakdown byUnit(Scope scope, Counts all, boolean listZero, Locale locale) {
		Map<String, Long> counts = all.of(Breakdown.Dimension.UNIT);
		WorkUnitTree tree = catalog.unitTree();
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (WorkUnitTree.Node node : tree.ordered()) {
			if (scope.units() != null && !scope.units().contains(node.unit().id())) {
				continue;
			}
			long count = counts.getOrDefault(String.valueOf(node.unit().id()), 0L);
			if (node.unit().active() || count > 0) {
				lines.add(new String[] { node.unit().code(), node.unit().name() });
				values.add(count);
			}
		}
		addNone("report.none.unit", counts, lines, values, locale);
		return Breakdown.of(Breakdown.Dimension.UNIT, lines, values, listZero);
	}

	private Breakdown byService(Counts all, boolean listZero, Locale locale) {
		Map<String, Long> counts = all.of(Breakdown.Dimension.SERVICE);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (PublicService service : catalog.services()) {
			long count = counts.getOrDefault(String.valueOf(service.id()), 0L);
			if (service.active() || count > 0) {
				lines.add(new String[] { service.code(), service.name() });
				values.add(count);
			}
		}
		addNone("report.none.service", counts, lines, values, locale);
		return Breakdown.of(Breakdown.Dimension.SERVICE, lines, values, listZero);
	}

	/** The latest verdict of each complaint, by score; complaints without a verdict in their own line. */
	private Breakdown byRating(Counts all, Locale locale) {
		Map<String, Long> counts = all.of(Breakdown.Dimension.RATING);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (int score = 5; score >= 1; score--) {
			lines.add(new String[] { String.valueOf(score), text("report.rating.score", locale, score) });
			values.add(counts.getOrDefault(String.valueOf(score), 0L));
		}
		lines.add(new String[] { NONE, text("report.none.rating", locale) });
		values.add(counts.getOrDefault(NONE, 0L));
		return Breakdown.of(Breakdown.Dimension.RATING, lines, values, true);
	}

	/** Where the counted complaints stand now (or stood when their month was closed), in the order of the process. */
	private Breakdown byStatus(Counts all, Locale locale) {
		Map<String, Long> counts = all.of(Breakdown.Dimension.STATUS);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (ComplaintStatus status : ComplaintStatus.values()) {
			Long code = StatusCodes.code(status.name());
			lines.add(new String[] { status.name(), text("report.status." + status.name(), locale) });
			values.add(counts.getOrDefault(String.valueOf(code), 0L));
		}
		return Breakdown.of(Breakdown.Dimension.STATUS, lines, values, false);
	}

	private RatingSummary ratings(Counts all) {
		long[] verdicts = all.allVerdicts();
		BigDecimal average = verdicts[0] == 0 ? null
				: BigDecimal.valueOf(verdicts[1]).divide(BigDecimal.valueOf(verdicts[0]), 2, RoundingMode.HALF_UP);
		return new RatingSummary(verdicts[0], average, verdicts[2],
				averages(all.verdictsBy(Breakdown.Dimension.UNIT), unitNames()),
				averages(all.verdictsBy(Breakdown.Dimension.SERVICE), serviceNames()));
	}

	/** Average score per unit or service, in the order of their ids. */
	private static Map<String, BigDecimal> averages(Map<Long, long[]> sums, Map<Long, String> names) {
		Map<String, BigDecimal> averages = new LinkedHashMap<>();
		sums.keySet().stream().sorted().forEach(id -> {
			long[] sum = sums.get(id);
			averages.put(names.getOrDefault(id, "?"),
					BigDecimal.valueOf(sum[1]).divide(BigDecimal.valueOf(sum[0]), 2, RoundingMode.HALF_UP));
		});
		return averages;
	}

	private Map<Long, String> unitNames() {
		Map<Long, String> names = new HashMap<>();
		catalog.unitTree().ordered().forEach(node -> names.put(node.unit().id(), node.unit().name()));
		return names;
	}

	private Map<Long, String> serviceNames() {
		Map<Long, String> names = new HashMap<>();
		catalog.services().forEach(service -> names.put(service.id(), service.name()));
		return names;
	}

	private void addNone(String noneKey, Map<String, Long> counts, List<String[]> lines, List<Long> values,
			Locale locale) {
		long none = counts.getOrDefault(NONE, 0L);
		if (noneKey != null && none > 0) {
			lines.add(new String[] { NONE, text(noneKey, locale) });
			values.add(none);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
