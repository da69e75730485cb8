package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.AduanTest;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.language.NumberWords;
import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.ReportAudit;
import id.aduan.reportaudit.ReportText;

/**
 * Property: for random data sets (sizes, channels, categories, units, response times, statuses, dates),
 * the report Aduan writes is consistent — every breakdown adds up to the total, each share is its count over the total rounded half-up, every
 * "N (words)" agrees — and the report audit finds nothing in it. Each data set lives in its own
 * semester of the 2000s, so the sets do not meet.
 */
@AduanTest
class GeneratedReportConsistencyTest {

	static final String[] STATUSES = { "RECEIVED", "VERIFIED", "ROUTED", "IN_FOLLOW_UP", "ANSWERED", "CLOSED",
			"ON_HOLD", "REJECTED", "REOPENED", "DUPLICATE", "NOT_OUR_AUTHORITY" };

	@Autowired
	ReportWriting writing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Test
	void everyGeneratedReportAddsUpAndPassesTheAudit() {
		Random random = new Random(76_2013);
		ReportAudit audit = ReportAudit.standard();
		for (int run = 0; run < 24; run++) {
			ReportPeriod period = ReportPeriod.semester(2000 + run / 2, run % 2 + 1);
			int size = run == 0 ? 0 : random.nextInt(run < 12 ? 40 : 400);
			fill(period, size, random);

			OfficialReport report = writing.write(period, period.to().plusDays(1 + random.nextInt(30)));
			Figures figures = report.figures();
			for (Breakdown breakdown : figures.breakdowns().values()) {
				assertThat(breakdown.total()).as("run %d %s", run, breakdown.dimension()).isEqualTo(figures.total());
				for (Breakdown.Line line : breakdown.lines()) {
					assertThat(line.percent()).as("run %d %s %s", run, breakdown.dimension(), line.label())
						.isEqualTo(figures.total() == 0 ? new BigDecimal("0.0")
								: BigDecimal.valueOf(line.count() * 100)
									.divide(BigDecimal.valueOf(figures.total()), 1, java.math.RoundingMode.HALF_UP));
				}
			}
			String text = ReportPlainText.of(report);
			assertThat(text).contains(figures.total() + " (" + NumberWords.of(figures.total()) + ")");
			List<Finding> findings = audit.audit(ReportText.of(text));
			assertThat(findings).as("run %d, %d complaints:%n%s", run, size, text).isEmpty();
		}
	}

	private void fill(ReportPeriod period, int size, Random random) {
		List<ReferenceItem> channels = catalog.activeItems(ReferenceList.CHANNEL);
		List<ReferenceItem> categories = catalog.activeItems(ReferenceList.CATEGORY);
		List<WorkUnitTree.Node> units = catalog.unitTree().orderedActive();
		long days = period.to().toEpochDay() - period.from().toEpochDay();
		for (int i = 0; i < size; i++) {
			LocalDate received = period.from().plusDays(random.nextInt((int) days + 1));
			String status = STATUSES[random.nextInt(STATUSES.length)];
			boolean answered = List.of("ANSWERED", "CLOSED", "REJECTED", "REOPENED").contains(status);
			jdbc.sql("""
					insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
					       anonymous, confidential, title, description, category_id, unit_id, status, first_answer_days,
					       current_stage, paused_days)
					values (?, 0, ?, ?, ?, ?, false, false, 'Data acak', 'Data acak untuk laporan.', ?, ?, ?, ?, 'DONE', 0)""")
				.params(code(period, i), OffsetDateTime.of(received.atTime(2, 0), ZoneOffset.UTC), received,
						OffsetDateTime.of(received.atTime(2, 0), ZoneOffset.UTC),
						channels.get(random.nextInt(channels.size())).id(),
						random.nextInt(5) == 0 ? null : categories.get(random.nextInt(categories.size())).id(),
						random.nextInt(4) == 0 ? null : units.get(random.nextInt(units.size())).unit().id(), status,
						answered ? Integer.valueOf(random.nextInt(random.nextBoolean() ? 3 : 15)) : null)
				.update();
		}
	}

	/** Tracking codes from the code alphabet, unique per data set and row. */
	private static String code(ReportPeriod period, int i) {
		String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
		int n = (period.from().getYear() - 2000) * 2 + (period.from().getMonthValue() == 1 ? 0 : 1);
		StringBuilder tail = new StringBuilder();
		int value = n * 1000 + i;
		for (int k = 0; k < 4; k++) {
			tail.append(alphabet.charAt(value % 30));
			value /= 30;
		}
		return "ADU-GNRT-" + tail;
	}
}
