package id.aduan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.VerbApplication;
import id.aduan.reports.Breakdown;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportPeriod;

/**
 * {@code demo} fills an empty database with a living office, a year of it up to yesterday, counted
 * like a real one; and refuses a database that already holds complaints, changing nothing.
 */
class DemoCommandTest {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void fillsAnEmptyDatabaseWithAYearOfAnOfficeAndRefusesAFullOne(@TempDir Path dir) {
		Function<List<String>, ConfigurableApplicationContext> aduan = VerbApplication.onFileDatabase(dir);

		assertThat(run(aduan)).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kantor contoh siap");

		try (ConfigurableApplicationContext context = aduan.apply(List.of())) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long complaints = jdbc.sql("select count(*) from complaint").query(Long.class).single();
			assertThat(complaints).isGreaterThan(500);
			LocalDate today = LocalDate.now();
			Figures year = context.getBean(ComplaintStatistics.class)
				.figures(new ReportPeriod(today.minusMonths(12).withDayOfMonth(1), today), null, Locale.forLanguageTag("id"));
			assertThat(year.total()).isEqualTo(complaints);
			assertThat(year.byMonth().lines()).hasSizeGreaterThanOrEqualTo(12).allMatch(line -> line.count() > 0);
			assertThat(year.byChannel().lines()).extracting(Breakdown.Line::code)
				.contains("INSTAGRAM", "FACEBOOK", "LAPOR", "WALK_IN", "CHAT");
			assertThat(year.byUnit().lines()).filteredOn(line -> line.count() > 0).hasSizeGreaterThanOrEqualTo(4);
			assertThat(jdbc.sql("select count(*) from complaint where status not in ('CLOSED', 'ANSWERED')")
				.query(Long.class)
				.single()).as("the latest still being handled").isPositive();
			assertThat(jdbc.sql("select count(*) from complaint where first_answer_days > sla_resolve_days")
				.query(Long.class)
				.single()).as("some answered late").isPositive();
			assertThat(jdbc.sql("select count(*) from complaint where rating_score is not null").query(Long.class).single())
				.isPositive();
			assertThat(jdbc.sql("select count(*) from recap where period_start = ? and submitted_at is not null")
				.param(YearMonth.from(today).minusMonths(1).atDay(1))
				.query(Long.class)
				.single()).isPositive();
			assertThat(jdbc.sql("select count(*) from coaching_session").query(Long.class).single()).isEqualTo(1);
		}

		assertThat(run(aduan)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("sudah berisi pengaduan");
		assertThat(run(aduan, "--banyak")).isEqualTo(2);
	}

	int run(Function<List<String>, ConfigurableApplicationContext> aduan, String... arguments) {
		out.reset();
		err.reset();
		return DemoCommand.run(List.of(arguments), aduan, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
