package id.aduan.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.aduan.AduanApplication;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.ComplaintQueries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The report at scale (issue 4), not a test: fills a real PostgreSQL with 1,000,000 complaints spread
 * over the last 365 days — those of the last three weeks still being handled, a small backlog overdue,
 * the rest answered or closed, a quarter of those rated — and times the semester report's aggregation, the full DOCX and
 * PDF, the XLSX, and the dashboard request, each run once to warm up and then five times; prints a
 * Markdown table for {@code docs/benchmarks.md}. Run with the heap capped at 256 MB:
 *
 * <pre>
 * ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark.class=id.aduan.reports.ReportBenchmark
 * </pre>
 *
 * The number of complaints can be changed with {@code -Dbenchmark.complaints=100000}.
 */
public final class ReportBenchmark {

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int complaints = Integer.getInteger("benchmark.complaints", 1_000_000);
		Path data = Files.createTempDirectory("aduan-bench-pg");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "32MB").start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database aduan");
			}
			// Command-line arguments, so that they win over application.properties.
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AduanApplication.class)
				.web(WebApplicationType.SERVLET)
				.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "aduan"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--server.port=0", "--aduan.accounts.first-run=false", "--aduan.followup.jobs-enabled=false",
						"--logging.level.root=WARN");
			try (context) {
				run(context, complaints);
			}
		}
	}

	private static void run(ConfigurableApplicationContext context, int complaints) throws Exception {
		long fillStarted = System.nanoTime();
		fill(context.getBean(DataSource.class), complaints);
		double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;

		ComplaintStatistics statistics = context.getBean(ComplaintStatistics.class);
		ReportExports exports = context.getBean(ReportExports.class);
		ReportPeriod semester = ReportPeriod.semester(2026, 1);
		LocalDate signedOn = LocalDate.of(2026, 7, 6);
		LocalDate today = LocalDate.now(context.getBean(Catalog.class).office().zone());
		ReportPeriod twelveMonths = new ReportPeriod(today.minusDays(365), today);
		Actor head = new Actor(null, "Benchmark", Role.HEAD, null);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
		StaffPrincipal headOfOffice = headOfOffice(context);
		long total = statistics.figures(semester, null, Locale.forLanguageTag("id")).total();

		List<String> rows = new ArrayList<>();
		rows.add(measure("1,000 status changes, one transaction each (tally kept by trigger)", "–",
				() -> changeStatuses(context.getBean(DataSource.class), 1000)));
		rows.add(measure("Semester aggregation (`ComplaintStatistics.figures`, all breakdowns)", "≤ 2 s",
				() -> statistics.figures(semester, null, Locale.forLanguageTag("id"))));
		rows.add(measure("Twelve months' aggregation (`ComplaintStatistics.figures`, every complaint)", "–",
				() -> statistics.figures(twelveMonths, null, Locale.forLanguageTag("id"))));
		rows.add(measure("Overdue complaints by unit (`ComplaintQueries.overdueByUnit`)", "–",
				() -> context.getBean(ComplaintQueries.class).overdueByUnit()));
		rows.add(measure("Semester report, DOCX (with charts)", "≤ 5 s",
				() -> exports.export(semester, signedOn, ReportFormat.DOCX, head)));
		rows.add(measure("Semester report, PDF (with charts, embedded font)", "≤ 5 s",
				() -> exports.export(semester, signedOn, ReportFormat.PDF, head)));
		ReportPeriod yearToDate = new ReportPeriod(LocalDate.now().withDayOfYear(1), LocalDate.now());
		rows.add(measure("Year-to-date aggregation (the dashboard's figures alone)", "–",
				() -> statistics.figures(yearToDate, null, Locale.forLanguageTag("id"))));
		rows.add(measure("Dashboard request `GET /staf/dasbor` (this year to date, the page's default)", "≤ 300 ms",
				() -> mvc.perform(get("/staf/dasbor").with(user(headOfOffice)))
					.andReturn()
					.getResponse()
					.getContentAsByteArray()));
		rows.add(measure("Semester spreadsheet, XLSX (every complaint listed)", "–",
				() -> exports.export(semester, signedOn, ReportFormat.XLSX, head)));

		System.out.printf("%n%d complaints in PostgreSQL over the last 365 days (%d counted in semester I 2026), filled in %.0f s; "
				+ "JVM max heap %d MB; %s, %d processors%n%n", complaints, total, fillSeconds,
				Runtime.getRuntime().maxMemory() / (1024 * 1024),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("Machine load average (1 min) at the end of the run: %.1f%n%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println("| Measure | Goal | Median | Slowest |");
		System.out.println("|---|---|---|---|");
		rows.forEach(System.out::println);
	}

	/** Up to three warm-ups (fewer for slow work), then five timed runs: "| what | goal | median | slowest |". */
	private static String measure(String what, String goal, Callable<?> work) throws Exception {
		long warming = System.nanoTime();
		for (int i = 0; i < 3 && System.nanoTime() - warming < 3_000_000_000L; i++) {
			work.call();
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			work.call();
			millis.add((System.nanoTime() - started) / 1_000_000);
		}
		Collections.sort(millis);
		return "| " + what + " | " + goal + " | " + millis.get(2) + " ms | " + millis.get(4) + " ms |";
	}

	/** Moves complaints between ROUTED and IN_FOLLOW_UP, one autocommitted update each: the trigger's cost. */
	private static Object changeStatuses(DataSource dataSource, int count) throws Exception {
		try (Connection connection = dataSource.getConnection();
				var update = connection.prepareStatement("update complaint set status = case status when 'ROUTED' "
						+ "then 'IN_FOLLOW_UP' else 'ROUTED' end where id = ?")) {
			for (int i = 0; i < count; i++) {
				update.setLong(1, 1 + (i * 997L) % 900_000);
				update.executeUpdate();
			}
		}
		return count;
	}

	private static StaffPrincipal headOfOffice(ConfigurableApplicationContext context) {
		long unit = context.getBean(Catalog.class).unitByCode("DINSOS").orElseThrow().id();
		StaffAccount account = context.getBean(AccountManagement.class)
			.create(new AccountDraft("kepala.benchmark", "Kepala (benchmark)", null, Role.HEAD, unit, true))
			.account();
		return new StaffPrincipal(account.id(), account.username(), null, account.displayName(), account.role(),
				account.unitId(), true, false);
	}

	/**
	 * Complaints over the last 365 days with every breakdown filled in: channel, category, unit, service,
	 * form, report type, status (some duplicates and not-our-authority), response days, a due date for
	 * those still open, and a rating for a quarter of those answered. Generated inside PostgreSQL.
	 */
	private static void fill(DataSource dataSource, int complaints) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			// A bulk load, as an operator would import one: the tally's triggers off, the tally built after.
			sql.execute("alter table complaint disable trigger user");
			sql.execute("select setseed(0.2013)");
			sql.execute("""
					insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
					       anonymous, confidential, title, description, report_type_id, form_id, category_id, service_id,
					       unit_id, status, first_answer_days, rating_score, rating_solved, current_stage, current_due,
					       paused_days)
					with ref as (
					  select (select array_agg(id order by id) from channel) ch,
					         (select array_agg(id order by id) from category) cat,
					         (select array_agg(id order by id) from work_unit) un,
					         (select array_agg(id order by id) from public_service) sv,
					         (select array_agg(id order by id) from complaint_form) fm,
					         (select array_agg(id order by id) from report_type) rt
					), received as (
					  select i, now() - (random() * 365) * interval '1 day' t, random() s, random() r
					  from generate_series(1, %d) i
					), handled as (
					  select received.*,
					         case when t > now() - interval '21 days' then
					                case when s < 0.03 then 'DUPLICATE' when s < 0.05 then 'NOT_OUR_AUTHORITY'
					                     when s < 0.20 then 'RECEIVED' when s < 0.30 then 'VERIFIED' when s < 0.50 then 'ROUTED'
					                     when s < 0.75 then 'IN_FOLLOW_UP' else 'ANSWERED' end
					              else
					                case when s < 0.04 then 'DUPLICATE' when s < 0.07 then 'NOT_OUR_AUTHORITY'
					                     when s < 0.08 then 'REJECTED' when s < 0.10 then 'IN_FOLLOW_UP'
					                     when s < 0.15 then 'ANSWERED' else 'CLOSED' end
					         end status
					  from received
					)
					select 'ADU-' || lpad(upper(to_hex(i)), 8, '0'), 0, t, cast(t as date), t,
					       ref.ch[1 + (i %% cardinality(ref.ch))], false, false, 'Pengaduan uji', 'Data benchmark',
					       ref.rt[1 + (i %% cardinality(ref.rt))], ref.fm[1 + (i %% cardinality(ref.fm))],
					       case when s < 0.02 then null else ref.cat[1 + ((i / 7) %% cardinality(ref.cat))] end,
					       case when r < 0.4 then null else ref.sv[1 + ((i / 3) %% cardinality(ref.sv))] end,
					       case when status = 'RECEIVED' then null else ref.un[1 + ((i / 11) %% cardinality(ref.un))] end,
					       status,
					       case when status in ('ANSWERED', 'CLOSED') then cast(floor(r * 12) as int) end,
					       case when status in ('ANSWERED', 'CLOSED') and i %% 4 = 0 then 1 + i %% 5 end,
					       case when status in ('ANSWERED', 'CLOSED') and i %% 4 = 0 then i %% 3 <> 0 end,
					       case when status in ('RECEIVED', 'VERIFIED', 'ROUTED', 'IN_FOLLOW_UP') then 'FOLLOW_UP'
					            else 'DONE' end,
					       case when status in ('RECEIVED', 'VERIFIED', 'ROUTED', 'IN_FOLLOW_UP') then cast(t as date) + 14 end,
					       0
					from handled, ref""".formatted(complaints));
			sql.execute("""
					insert into complaint_rating (complaint_id, answered_at, rated_at, score, solved)
					select id, received_at + interval '3 days', received_at + interval '4 days', rating_score, rating_solved
					from complaint where rating_score is not null""");
			sql.execute("alter table complaint enable trigger user");
			sql.execute("""
					insert into complaint_tally (received_on, unit_id, dimension, item, counted, duplicates, not_ours,
					                             rated, score_sum, solved)
					select r.received_on, r.unit_id, r.dimension, r.item, sum(r.counted), sum(r.duplicates),
					       sum(r.not_ours), sum(r.rated), sum(r.score_sum), sum(r.solved)
					from complaint c cross join lateral complaint_tally_rows(c, 1) r
					group by r.received_on, r.unit_id, r.dimension, r.item""");
			sql.execute("vacuum analyze");
		}
	}
}
