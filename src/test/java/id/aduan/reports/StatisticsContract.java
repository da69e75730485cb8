package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/**
 * The office's figures from a data set counted by hand: ten complaints of the first semester of 2023
 * (the seed's period) and one of July. The same expectations hold on H2 and PostgreSQL.
 */
abstract class StatisticsContract {

	static final ReportPeriod SEMESTER = ReportPeriod.semester(2023, 1);

	static final Locale ID = Locale.forLanguageTag("id");

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@BeforeEach
	void dataSet() {
		// Once per database, keyed on one exact code: a prefix such as 'ADU-ST%' also matches codes other
		// tests' complaints are given at random, which left this data set out.
		if (jdbc.sql("select count(*) from complaint where tracking_code = 'ADU-ST22-2222'").query(Long.class).single() > 0) {
			return;
		}
		insert("ADU-ST22-2222", "2023-01-05", "CLOSED", "X", "SARPRAS", "LINJAMSOS", 0);
		insert("ADU-ST22-2223", "2023-01-20", "CLOSED", "X", "SARPRAS", "LINJAMSOS", 1);
		insert("ADU-ST22-2224", "2023-02-03", "ANSWERED", "INSTAGRAM", "KOMPETENSI", "REHSOS", 1);
		insert("ADU-ST22-2225", "2023-03-10", "ANSWERED", "INSTAGRAM", "INFO", "REHSOS", 2);
		insert("ADU-ST22-2226", "2023-03-31", "CLOSED", "LAPOR", "INFO", null, 0);
		insert("ADU-ST22-2227", "2023-04-12", "RECEIVED", "WALK_IN", null, null, null);
		insert("ADU-ST22-2228", "2023-05-02", "CLOSED", "EMAIL", "SARPRAS", "DAYASOS", 6);
		insert("ADU-ST22-2229", "2023-06-30", "IN_FOLLOW_UP", "EMAIL", "SARPRAS", "DAYASOS", null);
		insert("ADU-ST22-2232", "2023-06-15", "DUPLICATE", "X", "SARPRAS", null, null);
		insert("ADU-ST22-2233", "2023-02-14", "NOT_OUR_AUTHORITY", "PHONE", null, null, null);
		insert("ADU-ST22-2234", "2023-07-01", "RECEIVED", "X", "SARPRAS", null, null);
		rate("ADU-ST22-2222", "2023-01-05T03:00:00Z", 5, true);
		rate("ADU-ST22-2224", "2023-02-04T03:00:00Z", 2, false);
		rate("ADU-ST22-2224", "2023-02-20T03:00:00Z", 4, true);
	}

	@Test
	void theTotalLeavesOutDuplicatesAndForwardedComplaintsAndCountsThemApart() {
		Figures figures = statistics.figures(SEMESTER, null, ID);

		assertThat(figures.total()).isEqualTo(8);
		assertThat(figures.duplicates()).isEqualTo(1);
		assertThat(figures.notOurAuthority()).isEqualTo(1);
		assertThat(figures.answered()).isEqualTo(6);
	}

	@Test
	void everyBreakdownAddsUpToTheTotalAndEachShareIsItsCountOverTheTotalRoundedHalfUp() {
		Figures figures = statistics.figures(SEMESTER, null, ID);

		for (Breakdown breakdown : figures.breakdowns().values()) {
			assertThat(breakdown.total()).as("%s", breakdown.dimension()).isEqualTo(8);
			assertThat(breakdown.lines().stream().mapToLong(Breakdown.Line::count).sum()).isEqualTo(8);
			for (Breakdown.Line line : breakdown.lines()) {
				assertThat(line.percent()).as("%s %s", breakdown.dimension(), line.label())
					.isEqualTo(BigDecimal.valueOf(line.count() * 100)
						.divide(BigDecimal.valueOf(8), 1, java.math.RoundingMode.HALF_UP));
			}
		}
	}

	@Test
	void byChannelMonthResponseTimeAndUnit() {
		Figures figures = statistics.figures(SEMESTER, null, ID);

		assertThat(figures.byChannel().lines()).extracting(Breakdown.Line::code, Breakdown.Line::count)
			.containsExactly(tuple("X", 2L), tuple("INSTAGRAM", 2L), tuple("LAPOR", 1L), tuple("EMAIL", 2L),
					tuple("WALK_IN", 1L));
		assertThat(figures.byMonth().lines()).extracting(Breakdown.Line::label, Breakdown.Line::count,
				line -> line.percent().toPlainString())
			.containsExactly(tuple("Januari", 2L, "25.0"), tuple("Februari", 1L, "12.5"), tuple("Maret", 2L, "25.0"),
					tuple("April", 1L, "12.5"), tuple("Mei", 1L, "12.5"), tuple("Juni", 1L, "12.5"));
		assertThat(figures.byResponseTime().lines()).extracting(Breakdown.Line::label, Breakdown.Line::count)
			.containsExactly(tuple("Pada waktu yang sama", 2L), tuple("1 hari kerja", 2L), tuple("2 hari kerja", 1L),
					tuple("6 hari kerja", 1L), tuple("Belum ditanggapi", 2L));
		assertThat(figures.byUnit().lines()).extracting(Breakdown.Line::code, Breakdown.Line::count)
			.containsExactly(tuple("LINJAMSOS", 2L), tuple("REHSOS", 2L), tuple("DAYASOS", 2L),
					tuple(ComplaintStatistics.NONE, 2L));
		assertThat(figures.byCategory().lines()).extracting(Breakdown.Line::code, Breakdown.Line::count)
			.containsExactly(tuple("SARPRAS", 4L), tuple("KOMPETENSI", 1L), tuple("INFO", 2L),
					tuple(ComplaintStatistics.NONE, 1L));
	}

	@Test
	void eachComplaintCountsItsLatestVerdictOnce() {
		Figures figures = statistics.figures(SEMESTER, null, ID);

		assertThat(figures.ratings().count()).isEqualTo(2);
		assertThat(figures.ratings().average()).isEqualByComparingTo("4.50");
		assertThat(figures.ratings().solved()).isEqualTo(2);
		assertThat(figures.byRating().lines()).extracting(Breakdown.Line::code, Breakdown.Line::count)
			.containsExactly(tuple("5", 1L), tuple("4", 1L), tuple("3", 0L), tuple("2", 0L), tuple("1", 0L),
					tuple(ComplaintStatistics.NONE, 6L));
		assertThat(figures.ratings().averageByUnit()).containsEntry("Bidang Perlindungan dan Jaminan Sosial",
				new BigDecimal("5.00")).containsEntry("Bidang Rehabilitasi Sosial", new BigDecimal("4.00"));
	}

	@Test
	void aUnitsFiguresCoverItAndItsSubUnitsOnly() {
		long linjamsos = catalog.unitByCode("LINJAMSOS").orElseThrow().id();
		Figures figures = statistics.figures(SEMESTER, linjamsos, ID);

		assertThat(figures.total()).isEqualTo(2);
		assertThat(figures.byUnit().lines()).extracting(Breakdown.Line::code).containsExactly("LINJAMSOS");
	}

	@Test
	void aMonthWithNothingIsListedWithZero() {
		Figures july = statistics.figures(ReportPeriod.month(2023, 8), null, ID);
		assertThat(july.total()).isZero();
		assertThat(july.byMonth().lines()).extracting(Breakdown.Line::count).containsExactly(0L);
		assertThat(july.byChannel().lines()).isEmpty();
	}

	@Test
	void byStatusEveryCountedComplaintWhereItStandsNow() {
		Figures figures = statistics.figures(SEMESTER, null, ID);

		assertThat(figures.byStatus().lines()).extracting(Breakdown.Line::code, Breakdown.Line::count)
			.containsExactly(tuple("RECEIVED", 1L), tuple("IN_FOLLOW_UP", 1L), tuple("ANSWERED", 2L),
					tuple("CLOSED", 4L));
		assertThat(figures.revisions()).as("no month is closed").isEmpty();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private void insert(String code, String receivedOn, String status, String channel, String category, String unit,
			Integer firstAnswerDays) {
		LocalDate day = LocalDate.parse(receivedOn);
		jdbc.sql("""
				insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
				       anonymous, confidential, title, description, category_id, unit_id, status, first_answer_days,
				       current_stage, paused_days)
				values (?, 0, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?, ?, 'DONE', 0)""")
			.params(code, OffsetDateTime.of(day.atTime(1, 0), ZoneOffset.UTC), day,
					OffsetDateTime.of(day.atTime(1, 0), ZoneOffset.UTC), id(ReferenceList.CHANNEL, channel),
					"Statistik " + code, "Data statistik", category == null ? null : id(ReferenceList.CATEGORY, category),
					unit == null ? null : catalog.unitByCode(unit).orElseThrow().id(), status, firstAnswerDays)
			.update();
	}

	private void rate(String code, String answeredAt, int score, boolean solved) {
		jdbc.sql("""
				insert into complaint_rating (complaint_id, answered_at, rated_at, score, solved)
				select id, ?, ?, ?, ? from complaint where tracking_code = ?""")
			.params(OffsetDateTime.parse(answeredAt), OffsetDateTime.parse(answeredAt).plusDays(1), score, solved, code)
			.update();
		// as Aduan records a verdict: the complaint carries its latest one
		jdbc.sql("update complaint set rating_score = ?, rating_solved = ? where tracking_code = ?")
			.params(score, solved, code)
			.update();
	}

	private long id(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}
}
