package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.aduan.AduanTest;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnitTree;
import id.aduan.reports.ReportExports;
import id.aduan.reports.ReportFormat;
import id.aduan.reports.ReportPeriod;

/**
 * Aduan's own semester report, for a realistic semester of several hundred complaints, audits clean
 * in every format it is written in: the PDF's lines wrap items over lines and pages under a running
 * header, the DOCX and the XLSX put recaps in tables. A finding here is either a false finding of
 * the audit or a real mistake of the report. Data set: the first semester of 2011 (no other test's;
 * a report is never signed in the future), codes ADU-ADTX-….
 */
@AduanTest
class OwnDocumentsAuditTest {

	static final ReportPeriod SEMESTER = new ReportPeriod(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 6, 30));

	static final int COMPLAINTS = 460;

	static final Actor HEAD = new Actor(null, "Kepala Dinas", Role.HEAD, null);

	@Autowired
	ReportExports exports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	private final ReportReading reading = new ReportReading(ReportReading.DEFAULT_MAX_BYTES);

	@BeforeEach
	void semesterOfSeveralHundredComplaints() {
		if (jdbc.sql("select count(*) from complaint where tracking_code like 'ADU-ADTX-%'").query(Long.class)
			.single() > 0) {
			return;
		}
		Random random = new Random(17_2031);
		List<ReferenceItem> channels = catalog.activeItems(ReferenceList.CHANNEL);
		List<ReferenceItem> categories = catalog.activeItems(ReferenceList.CATEGORY);
		List<WorkUnitTree.Node> units = catalog.unitTree().orderedActive();
		String[] statuses = { "RECEIVED", "ROUTED", "IN_FOLLOW_UP", "ANSWERED", "CLOSED", "CLOSED", "CLOSED",
				"REJECTED" };
		for (int i = 0; i < COMPLAINTS; i++) {
			LocalDate received = SEMESTER.from().plusDays(random.nextInt(181));
			String status = statuses[random.nextInt(statuses.length)];
			boolean answered = List.of("ANSWERED", "CLOSED", "REJECTED").contains(status);
			jdbc.sql("""
					insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
					       anonymous, confidential, title, description, category_id, unit_id, status, first_answer_days,
					       current_stage, paused_days)
					values (?, 0, ?, ?, ?, ?, false, false, 'Data semester', 'Data untuk laporan.', ?, ?, ?, ?, 'DONE', 0)""")
				.params(code(i), OffsetDateTime.of(received.atTime(2, 0), ZoneOffset.UTC), received,
						OffsetDateTime.of(received.atTime(2, 0), ZoneOffset.UTC),
						channels.get(random.nextInt(channels.size())).id(),
						categories.get(random.nextInt(categories.size())).id(),
						units.get(random.nextInt(units.size())).unit().id(), status,
						answered ? Integer.valueOf(random.nextInt(15)) : null)
				.update();
		}
	}

	@Test
	void theSemesterReportAsPdfAuditsCleanThoughItsItemsWrapOverLinesAndPages() {
		ReportText text = reading.read(export(ReportFormat.PDF));

		assertThat(text.size()).as("several pages of printed lines").isGreaterThan(150);
		assertThat(ReportAudit.standard().audit(text)).isEmpty();
	}

	@Test
	void theSemesterReportAsDocxAuditsClean() {
		assertThat(ReportAudit.standard().audit(reading.read(export(ReportFormat.DOCX)))).isEmpty();
	}

	@Test
	void theSemesterReportAsXlsxAuditsCleanTableByTable() {
		assertThat(ReportAudit.standard().audit(reading.read(export(ReportFormat.XLSX)))).isEmpty();
	}

	private byte[] export(ReportFormat format) {
		return exports.export(SEMESTER, LocalDate.of(2011, 7, 7), format, HEAD).content();
	}

	private static String code(int i) {
		String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder tail = new StringBuilder();
		int value = i;
		for (int k = 0; k < 4; k++) {
			tail.append(alphabet.charAt(value % 30));
			value /= 30;
		}
		return "ADU-ADTX-" + tail;
	}
}
