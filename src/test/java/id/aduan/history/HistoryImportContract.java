package id.aduan.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.reports.Breakdown;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.ReportExports;
import id.aduan.reports.ReportFormat;
import id.aduan.reports.ReportPeriod;
import id.aduan.reports.Sanctions;

/**
 * An office adopting Aduan in the middle of a year imports the seed's semester, January to June 2023,
 * as it kept it: the semester report then states exactly the figures of the file, response times in
 * working days of 2023's calendar included. Each database has its own register for this test, so the
 * figures are the file's alone.
 */
abstract class HistoryImportContract {

	static final Actor ADMIN = new Actor(null, "Admin Impor", Role.ADMIN, null);

	static final ReportPeriod SEMESTER = new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));

	@Autowired
	HistoryImport imports;

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	ReportExports exports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sanctions sanctions;

	@Test
	void theSemesterReportStatesExactlyTheImportedFiguresHoweverOftenTheFileIsImported() throws Exception {
		SemesterHistory semester = new SemesterHistory("SMT");
		byte[] content = semester.csv().getBytes(StandardCharsets.UTF_8);
		HistoryImportResult dry = imports.importFile("semester-2023.csv", content, true, ADMIN);
		assertThat(dry.imported()).isEqualTo(semester.total);
		assertThat(stored("SMT-%")).as("a dry run stores nothing").isZero();

		HistoryImportResult result = imports.importFile("semester-2023.csv", content, false, ADMIN);
		HistoryImportResult again = imports.importFile("semester-2023.csv", content, false, ADMIN);

		assertThat(result.problems()).isEmpty();
		assertThat(result.imported()).isEqualTo(semester.total).isGreaterThan(300);
		assertThat(again.imported()).as("the same file twice adds nothing").isZero();
		assertThat(again.alreadyImported()).isEqualTo(semester.total);
		assertThat(stored("SMT-%")).isEqualTo(semester.total);
		Figures figures = statistics.figures(SEMESTER, null, Locale.forLanguageTag("id"));
		assertThat(figures.total()).isEqualTo(semester.total);
		assertThat(figures.answered()).isEqualTo(semester.answered);
		assertThat(counts(figures.byChannel())).isEqualTo(semester.byChannel);
		assertThat(counts(figures.byMonth()).values()).containsExactlyElementsOf(semester.byMonth.values());
		Map<String, Long> responseDays = new TreeMap<>(counts(figures.byResponseTime()));
		assertThat(responseDays.remove("_NONE")).as("not answered").isEqualTo(semester.total - semester.answered);
		assertThat(responseDays).isEqualTo(semester.byResponseDays.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new)));
		assertThat(counts(figures.byUnit())).containsAllEntriesOf(semester.byUnit);
		assertThat(counts(figures.byRating())).containsAllEntriesOf(semester.byRating);
		assertThat(sanctions.imposedIn(SEMESTER)).hasSize((int) semester.sanctions).isNotEmpty();

		ReportExports.Export pdf = exports.export(SEMESTER, LocalDate.of(2023, 7, 3), ReportFormat.PDF,
				new Actor(null, "Kepala Dinas", Role.HEAD, null));
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("telah menerima sebanyak " + semester.total);
		}
	}

	long stored(String referencePattern) {
		return jdbc.sql("select count(*) from complaint where import_reference like ?")
			.param(referencePattern)
			.query(Long.class)
			.single();
	}

	static Map<String, Long> counts(Breakdown breakdown) {
		Map<String, Long> counts = new TreeMap<>();
		breakdown.lines().forEach(line -> counts.put(line.code(), line.count()));
		return counts;
	}
}
