package id.aduan.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.language.IndonesianDates;

/**
 * The one query path for every count Aduan shows: the report, the dashboard and the spreadsheet all
 * take their figures from here. Everything is counted in the database with one {@code GROUP BY} per
 * breakdown over the period's rows; nothing loads the complaints themselves. A complaint the breakdown
 * cannot place (no category yet, not answered yet) is counted in its own line, so every breakdown adds
 * up to the total.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintStatistics {

	/** Statuses that do not count in the total: shown apart. */
	private static final String COUNTED = "c.status not in ('DUPLICATE', 'NOT_OUR_AUTHORITY')";

	static final String NONE = "_NONE";

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ReportSettings settings;

	private final MessageSource messages;

	ComplaintStatistics(JdbcClient jdbc, Catalog catalog, ReportSettings settings, MessageSource messages) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.settings = settings;
		this.messages = messages;
	}

	/** The figures of a period, for the whole office ({@code unitId} null) or a unit and its sub-units. */
	public Figures figures(ReportPeriod period, Long unitId, Locale locale) {
		Scope scope = new Scope(period, unitId == null ? null : catalog.unitTree().subtreeOf(unitId));
		boolean listZero = settings.current().listZeroItems();
		long total = count(scope, COUNTED);
		long duplicates = count(scope, "c.status = 'DUPLICATE'");
		long notOurs = count(scope, "c.status = 'NOT_OUR_AUTHORITY'");
		long answered = count(scope, COUNTED + " and c.first_answer_days is not null");

		Map<Breakdown.Dimension, Breakdown> breakdowns = new EnumMap<>(Breakdown.Dimension.class);
		breakdowns.put(Breakdown.Dimension.CHANNEL, reference(Breakdown.Dimension.CHANNEL, scope, "c.channel_id",
				catalog.items(ReferenceList.CHANNEL), null, listZero, locale));
		breakdowns.put(Breakdown.Dimension.MONTH, byMonth(scope));
		breakdowns.put(Breakdown.Dimension.CATEGORY, reference(Breakdown.Dimension.CATEGORY, scope, "c.category_id",
				catalog.items(ReferenceList.CATEGORY), "report.none.category", listZero, locale));
		breakdowns.put(Breakdown.Dimension.RESPONSE_TIME, byResponseTime(scope, locale));
		breakdowns.put(Breakdown.Dimension.UNIT, byUnit(scope, listZero, locale));
		breakdowns.put(Breakdown.Dimension.SERVICE, byService(scope, listZero, locale));
		breakdowns.put(Breakdown.Dimension.FORM, reference(Breakdown.Dimension.FORM, scope, "c.form_id",
				catalog.items(ReferenceList.FORM), "report.none.form", listZero, locale));
		breakdowns.put(Breakdown.Dimension.REPORT_TYPE, reference(Breakdown.Dimension.REPORT_TYPE, scope,
				"c.report_type_id", catalog.items(ReferenceList.REPORT_TYPE), "report.none.reportType", listZero, locale));
		breakdowns.put(Breakdown.Dimension.RATING, byRating(scope, locale));
		return new Figures(period, unitId, total, duplicates, notOurs, answered, breakdowns, ratings(scope));
	}

	/** The period's rows: received in it, optionally in a set of units. */
	private record Scope(ReportPeriod period, Set<Long> units) {

		String where() {
			return " from complaint c where c.received_on between :from and :to"
					+ (units == null ? "" : " and c.unit_id in (:units)");
		}

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("from", period.from());
			params.put("to", period.to());
			if (units != null) {
				params.put("units", units.isEmpty() ? Set.of(-1L) : units);
			}
			return params;
		}
	}

	private long count(Scope scope, String condition) {
		return jdbc.sql("select count(*)" + scope.where() + " and " + condition)
			.params(scope.params())
			.query(Long.class)
			.single();
	}

	/** Counts per value of {@code column} (null values under {@link #NONE}). */
	private Map<String, Long> grouped(Scope scope, String column) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select " + column + " k, count(*) n" + scope.where() + " and " + COUNTED + " group by " + column)
			.params(scope.params())
			.query((rs, row) -> {
				Object key = rs.getObject("k");
				counts.merge(key == null ? NONE : String.valueOf(((Number) key).longValue()), rs.getLong("n"), Long::sum);
				return null;
			})
			.list();
		return counts;
	}

	private Breakdown reference(Breakdown.Dimension dimension, Scope scope, String column, List<ReferenceItem> items,
			String noneKey, boolean listZero, Locale locale) {
		Map<String, Long> counts = grouped(scope, column);
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

	private Breakdown byMonth(Scope scope) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select extract(year from c.received_on) y, extract(month from c.received_on) m, count(*) n"
				+ scope.where() + " and " + COUNTED
				+ " group by extract(year from c.received_on), extract(month from c.received_on)")
			.params(scope.params())
			.query((rs, row) -> counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")).toString(), rs.getLong("n")))
			.list();
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		boolean oneYear = scope.period().from().getYear() == scope.period().to().getYear();
		for (YearMonth month : scope.period().months()) {
			String name = IndonesianDates.monthName(month.getMonth()) + (oneYear ? "" : " " + month.getYear());
			lines.add(new String[] { month.toString(), name });
			values.add(counts.getOrDefault(month.toString(), 0L));
		}
		return Breakdown.of(Breakdown.Dimension.MONTH, lines, values, true);
	}

	/**
	 * Buckets of the seed's section 4.4: answered at the same time (0 working days), in 1, 2, …
	 * working days, and those not answered yet.
	 */
	private Breakdown byResponseTime(Scope scope, Locale locale) {
		Map<String, Long> counts = grouped(scope, "c.first_answer_days");
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

	private Breakdown byUnit(Scope scope, boolean listZero, Locale locale) {
		Map<String, Long> counts = grouped(scope, "c.unit_id");
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

	private Breakdown byService(Scope scope, boolean listZero, Locale locale) {
		Map<String, Long> counts = grouped(scope, "c.service_id");
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
	private Breakdown byRating(Scope scope, Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select r.score k, count(*) n" + rated(scope) + " group by r.score")
			.params(scope.params())
			.query((rs, row) -> counts.put(String.valueOf(rs.getInt("k")), rs.getLong("n")))
			.list();
		long rated = counts.values().stream().mapToLong(Long::longValue).sum();
		long total = count(scope, COUNTED);
		List<String[]> lines = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (int score = 5; score >= 1; score--) {
			lines.add(new String[] { String.valueOf(score), text("report.rating.score", locale, score) });
			values.add(counts.getOrDefault(String.valueOf(score), 0L));
		}
		lines.add(new String[] { NONE, text("report.none.rating", locale) });
		values.add(total - rated);
		return Breakdown.of(Breakdown.Dimension.RATING, lines, values, true);
	}

	/** The period's counted complaints joined to their latest verdict only: a complaint rated twice counts once. */
	private static String rated(Scope scope) {
		return " from complaint c join complaint_rating r on r.complaint_id = c.id"
				+ " where c.received_on between :from and :to"
				+ (scope.units() == null ? "" : " and c.unit_id in (:units)") + " and " + COUNTED
				+ " and r.answered_at = (select max(r2.answered_at) from complaint_rating r2 where r2.complaint_id = c.id)";
	}

	private RatingSummary ratings(Scope scope) {
		String from = rated(scope);
		Map<String, Object> summary = jdbc
			.sql("select count(*) n, sum(r.score) s, sum(case when r.solved then 1 else 0 end) ok" + from)
			.params(scope.params())
			.query()
			.singleRow();
		long count = ((Number) summary.get("n")).longValue();
		BigDecimal average = count == 0 ? null
				: BigDecimal.valueOf(((Number) summary.get("s")).longValue()).divide(BigDecimal.valueOf(count), 2,
						RoundingMode.HALF_UP);
		long solved = count == 0 ? 0 : ((Number) summary.get("ok")).longValue();
		return new RatingSummary(count, average, solved, averages(from, "c.unit_id", scope, unitNames()),
				averages(from, "c.service_id", scope, serviceNames()));
	}

	private Map<String, BigDecimal> averages(String from, String column, Scope scope, Map<Long, String> names) {
		Map<String, BigDecimal> averages = new LinkedHashMap<>();
		jdbc.sql("select " + column + " k, count(*) n, sum(r.score) s" + from + " and " + column + " is not null group by "
				+ column + " order by " + column)
			.params(scope.params())
			.query((rs, row) -> averages.put(names.getOrDefault(rs.getLong("k"), "?"),
					BigDecimal.valueOf(rs.getLong("s")).divide(BigDecimal.valueOf(rs.getLong("n")), 2, RoundingMode.HALF_UP)))
			.list();
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
