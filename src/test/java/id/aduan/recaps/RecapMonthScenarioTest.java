package id.aduan.recaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import id.aduan.MutableClock;
import id.aduan.StartingClock;
import id.aduan.TestMail;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;
import id.aduan.followup.FollowUpJobs;
import id.aduan.reports.Breakdown;
import id.aduan.reports.ComplaintStatistics;
import id.aduan.reports.Figures;
import id.aduan.reports.OfficialReport;
import id.aduan.reports.ReportPeriod;
import id.aduan.reports.ReportWorkbook;
import id.aduan.reports.ReportWriting;
import id.aduan.system.ActionRefused;

/**
 * June 2026 run through the recap cycle on a clock the test moves, with a real SMTP server (GreenMail):
 * complaints routed to three units; Perlindungan dan Jaminan Sosial returns its recap on time, Rehabilitasi
 * Sosial three days late, Penanganan Fakir Miskin not at all; each reminder arrives once; the coordinator
 * closes the month; a correction after closing is revision 2; the semester report counts June as frozen.
 * The office asks for the head of unit's approval (a recap counts as returned when approved). June's
 * recaps are due on 5 July 2026, a Sunday, so on Monday 6 July.
 */
@SpringBootTest(properties = { "aduan.followup.public-url=https://aduan.example.go.id",
		"aduan.recaps.approval-required=true", "aduan.recaps.first-month=2026-06",
		"test.clock.start=2026-06-01T00:00:00Z" })
@Import(StartingClock.class)
@ActiveProfiles("test")
class RecapMonthScenarioTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.smtpServer();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMail.sendThrough(mail, registry);
	}

	static final YearMonth JUNE = YearMonth.of(2026, 6);

	static final Locale ID = Locale.forLanguageTag("id");

	static final String COORDINATOR = "koordinator@dinsos.example.go.id";

	static final String LINJAMSOS = "linjamsos@dinsos.example.go.id";

	static final String REHSOS = "rehsos@dinsos.example.go.id";

	static final String PFM = "pfm@dinsos.example.go.id";

	@Autowired
	MutableClock clock;

	@Autowired
	ReportWorkbook workbooks;

	@Autowired
	FollowUpJobs jobs;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecapSubmission recaps;

	@Autowired
	RecapBoard board;

	@Autowired
	MonthClosing closing;

	@Autowired
	ComplaintStatistics statistics;

	@Autowired
	ReportWriting reports;

	@Test
	void aMonthOfRecapsFromRemindersToARevisedConsolidation() throws Exception {
		Register register = new Register(jdbc, catalog);
		Actor coordinator = account("koordinator.rekap", Role.COORDINATOR, "HUMAS", COORDINATOR);
		Actor linjamsos = account("petugas.linjamsos.rekap", Role.UNIT_OFFICER, "LINJAMSOS", LINJAMSOS);
		Actor linjamsosHead = account("kabid.linjamsos", Role.UNIT_OFFICER, "LINJAMSOS", null);
		Actor rehsos = account("petugas.rehsos.rekap", Role.UNIT_OFFICER, "REHSOS", REHSOS);
		Actor rehsosHead = account("kabid.rehsos", Role.UNIT_OFFICER, "REHSOS", null);
		Actor pfm = account("petugas.pfm.rekap", Role.UNIT_OFFICER, "PFM", PFM);
		long linjamsosUnit = register.unit("LINJAMSOS");
		long rehsosUnit = register.unit("REHSOS");
		long pfmUnit = register.unit("PFM");

		// May (live, never closed) and June: complaints routed to the three units, one not routed yet.
		register.complaint("ADU-RK26-2222", "2026-05-20", "EMAIL", "BANSOS", "LINJAMSOS", "CLOSED", 2);
		register.complaint("ADU-RK26-2223", "2026-06-02", "PHONE", "BANSOS", "LINJAMSOS", "CLOSED", 1);
		register.complaint("ADU-RK26-2224", "2026-06-09", "WALK_IN", "DATA", "LINJAMSOS", "ANSWERED", 3);
		register.complaint("ADU-RK26-2225", "2026-06-10", "INSTAGRAM", "PETUGAS", "REHSOS", "IN_FOLLOW_UP", null);
		register.complaint("ADU-RK26-2226", "2026-06-22", "EMAIL", "BANSOS", "PFM", "CLOSED", 0);
		register.complaint("ADU-RK26-2227", "2026-06-30", "LAPOR", null, null, "RECEIVED", null);
		recaps.nameHead(linjamsosUnit, linjamsosHead.accountId(), coordinator);
		recaps.nameHead(rehsosUnit, rehsosHead.accountId(), coordinator);

		assertThat(board.dueOn(JUNE)).as("5 July 2026 is a Sunday").isEqualTo(LocalDate.of(2026, 7, 6));

		// During June the recap can be filled but not submitted; nobody is reminded of May, which is not owed.
		clock.setWit("2026-06-25T09:00");
		recaps.addEntry(linjamsosUnit, JUNE, entry("PHONE", "BANSOS", "CLOSED", 1, 2), linjamsos);
		assertThatThrownBy(() -> recaps.submit(linjamsosUnit, JUNE, linjamsos, ID)).isInstanceOf(ActionRefused.class);
		remindTwice();
		assertThat(received()).isEmpty();

		// Wednesday 1 July: every unit that owes June's recap is told it is open.
		clock.setWit("2026-07-01T08:00");
		remindTwice();
		assertThat(received()).containsExactlyInAnyOrder(
				entry(LINJAMSOS, "Rekapitulasi pengaduan Juni 2026 Bidang Perlindungan dan Jaminan Sosial paling lambat Senin, 6 Juli 2026"),
				entry(REHSOS, "Rekapitulasi pengaduan Juni 2026 Bidang Rehabilitasi Sosial paling lambat Senin, 6 Juli 2026"),
				entry(PFM, "Rekapitulasi pengaduan Juni 2026 Bidang Penanganan Fakir Miskin paling lambat Senin, 6 Juli 2026"));
		assertThat(bodyOf(LINJAMSOS)).contains("https://aduan.example.go.id/staf/rekap/LINJAMSOS/2026-06");

		// Thursday 2 July: LINJAMSOS reviews Aduan's count (two June complaints), adds one more line, submits; its head approves.
		clock.setWit("2026-07-02T10:00");
		RecapView view = recaps.view(linjamsosUnit, JUNE, linjamsos, ID);
		assertThat(view.figures().total()).isEqualTo(2);
		assertThat(view.figures().byChannel().lines()).extracting(Breakdown.Line::code, Breakdown.Line::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PHONE", 1L), org.assertj.core.groups.Tuple.tuple("WALK_IN", 1L));
		assertThat(view.figures().byStatus().lines()).extracting(Breakdown.Line::code)
			.containsExactly("ANSWERED", "CLOSED");
		recaps.addEntry(linjamsosUnit, JUNE, entry("WALK_IN", "DATA", "ANSWERED", 0, 1), linjamsos);
		assertThat(recaps.view(linjamsosUnit, JUNE, linjamsos, ID).total()).isEqualTo(5);
		assertThat(recaps.submit(linjamsosUnit, JUNE, linjamsos, ID).state()).isEqualTo(RecapState.AWAITING_APPROVAL);
		assertThatThrownBy(() -> recaps.approve(linjamsosUnit, JUNE, linjamsos)).isInstanceOf(ActionRefused.class);
		clock.setWit("2026-07-03T09:00");
		recaps.approve(linjamsosUnit, JUNE, linjamsosHead);
		assertThat(board.board(2026, coordinator).rows()).filteredOn(row -> row.unit().id() == linjamsosUnit)
			.singleElement()
			.as("the board names who approves")
			.extracting(RecapBoard.Row::headName)
			.isEqualTo(linjamsosHead.name());
		assertThat(board.checklist(JUNE, coordinator).returned()).extracting(row -> row.unit().code())
			.containsExactly("LINJAMSOS");
		assertThatThrownBy(() -> closing.close(JUNE, coordinator)).as("June is over but not yet due")
			.isInstanceOfSatisfying(ActionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("recap.close.beforeDue"));

		// Friday 3 July, the working day before the due date: the two units still owing are reminded, once.
		remindTwice();
		assertThat(received()).contains(
				entry(REHSOS, "Pengingat: rekapitulasi pengaduan Juni 2026 Bidang Rehabilitasi Sosial paling lambat Senin, 6 Juli 2026"),
				entry(PFM, "Pengingat: rekapitulasi pengaduan Juni 2026 Bidang Penanganan Fakir Miskin paling lambat Senin, 6 Juli 2026"));
		assertThat(received()).filteredOn(e -> e.getKey().equals(LINJAMSOS)).hasSize(1);

		// Tuesday 7 July: the due date has passed; the coordinator hears which units missed it, and each of
		// those units that it is late.
		clock.setWit("2026-07-07T08:00");
		remindTwice();
		String missing = bodyOf(COORDINATOR);
		assertThat(received()).contains(entry(COORDINATOR,
				"Rekapitulasi pengaduan Juni 2026 belum dikirim oleh " + board.notReturned(JUNE).size() + " unit kerja"),
				entry(REHSOS, "Rekapitulasi pengaduan Juni 2026 Bidang Rehabilitasi Sosial melewati batas waktu Senin, 6 Juli 2026"),
				entry(PFM, "Rekapitulasi pengaduan Juni 2026 Bidang Penanganan Fakir Miskin melewati batas waktu Senin, 6 Juli 2026"));
		assertThat(missing).contains("Bidang Rehabilitasi Sosial", "Bidang Penanganan Fakir Miskin")
			.doesNotContain("Bidang Perlindungan dan Jaminan Sosial");

		// Thursday 9 July: REHSOS returns its recap, three days late.
		clock.setWit("2026-07-09T11:00");
		recaps.addEntry(rehsosUnit, JUNE, entry("X", "PETUGAS", "IN_FOLLOW_UP", null, 4), rehsos);
		recaps.submit(rehsosUnit, JUNE, rehsos, ID);
		recaps.approve(rehsosUnit, JUNE, rehsosHead);
		remindTwice();

		RecapBoard.Board year = board.board(2026, coordinator);
		assertThat(standing(year, "LINJAMSOS")).extracting(RecapStanding::kind).isEqualTo(RecapStanding.Kind.ON_TIME);
		assertThat(standing(year, "REHSOS")).extracting(RecapStanding::kind, RecapStanding::daysLate)
			.containsExactly(RecapStanding.Kind.LATE, 3L);
		assertThat(standing(year, "PFM")).extracting(RecapStanding::kind).isEqualTo(RecapStanding.Kind.MISSING);
		assertThat(year.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3),
				YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
		assertThat(year.rows().get(0).cells().get(0).kind()).as("before the first month owed")
			.isEqualTo(RecapStanding.Kind.NOT_OWED);

		// Each reminder arrived once: one notice to LINJAMSOS, three to REHSOS and PFM (open, due soon,
		// late), one to the coordinator; REHSOS, which returned its recap on the 9th, hears nothing more.
		Map<String, Integer> perRecipient = new TreeMap<>();
		received().forEach(e -> perRecipient.merge(e.getKey(), 1, Integer::sum));
		assertThat(perRecipient).containsExactly(Map.entry(COORDINATOR, 1), Map.entry(LINJAMSOS, 1),
				Map.entry(PFM, 3), Map.entry(REHSOS, 3));

		// Friday 10 July: the coordinator closes June: 5 complaints in Aduan + 3 and 4 outside it.
		clock.setWit("2026-07-10T09:00");
		ReportPeriod semester = ReportPeriod.semester(2026, 1);
		long before = statistics.figures(semester, null, ID).total();
		assertThat(before).as("live: May 1, June 5").isEqualTo(6);
		assertThatThrownBy(() -> closing.close(JUNE, linjamsos)).isInstanceOf(ActionRefused.class);
		Revision first = closing.close(JUNE, coordinator);
		assertThat(first.revision()).isEqualTo(1);
		assertThat(first.total()).isEqualTo(5 + 3 + 4);
		assertThatThrownBy(() -> closing.close(JUNE, coordinator)).isInstanceOf(ActionRefused.class);

		Figures frozen = statistics.figures(semester, null, ID);
		assertThat(frozen.total()).isEqualTo(1 + 12);
		assertThat(frozen.revisions()).containsExactly(Map.entry(JUNE, 1));
		assertThat(frozen.byMonth().lines()).extracting(Breakdown.Line::count).containsExactly(0L, 0L, 0L, 0L, 1L, 12L);
		assertThat(frozen.byUnit().lines()).filteredOn(line -> line.code().equals("REHSOS"))
			.extracting(Breakdown.Line::count).containsExactly(5L);
		for (Breakdown breakdown : frozen.breakdowns().values()) {
			assertThat(breakdown.total()).as("%s adds up", breakdown.dimension()).isEqualTo(13);
		}

		// The register changes after closing (a letter of 29 June registered late): the closed month does not.
		register.complaint("ADU-RK26-2228", "2026-06-29", "LETTER", "BANSOS", "PFM", "IN_FOLLOW_UP", null);
		assertThat(statistics.figures(semester, null, ID).total()).isEqualTo(13);

		// 20 July: PFM returns its recap late; the coordinator corrects June: revision 2, with reason and who.
		clock.setWit("2026-07-20T10:00");
		recaps.addEntry(pfmUnit, JUNE, entry("EMAIL", "BANSOS", "CLOSED", 1, 2), pfm);
		assertThatThrownBy(() -> recaps.submit(pfmUnit, JUNE, pfm, ID)).as("no head of PFM named yet")
			.isInstanceOf(ActionRefused.class);
		Actor pfmHead = account("kabid.pfm", Role.UNIT_OFFICER, "PFM", null);
		recaps.nameHead(pfmUnit, pfmHead.accountId(), coordinator);
		recaps.submit(pfmUnit, JUNE, pfm, ID);
		recaps.approve(pfmUnit, JUNE, pfmHead);
		assertThat(standing(board.board(2026, coordinator), "PFM")).extracting(RecapStanding::kind,
				RecapStanding::daysLate).containsExactly(RecapStanding.Kind.LATE, 14L);
		assertThatThrownBy(() -> closing.revise(JUNE, " ", coordinator)).isInstanceOf(id.aduan.system.InvalidInput.class);
		Revision second = closing.revise(JUNE, "Rekapitulasi PFM terlambat dan surat 29 Juni tercatat belakangan",
				coordinator);
		assertThat(second.revision()).isEqualTo(2);
		assertThat(second.total()).isEqualTo(12 + 1 + 2);
		assertThat(closing.revisions(JUNE)).extracting(Revision::revision, Revision::madeBy, Revision::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Uji koordinator.rekap", null),
					org.assertj.core.groups.Tuple.tuple(2, "Uji koordinator.rekap",
							"Rekapitulasi PFM terlambat dan surat 29 Juni tercatat belakangan"));

		// The semester report uses the frozen June of revision 2, and says so.
		Figures corrected = statistics.figures(semester, null, ID);
		assertThat(corrected.total()).isEqualTo(1 + 15);
		assertThat(corrected.revisions()).containsExactly(Map.entry(JUNE, 2));
		OfficialReport report = reports.write(semester, LocalDate.of(2026, 7, 20));
		assertThat(report.figures().total()).isEqualTo(16);
		assertThat(report.footnotes()).anyMatch(note -> note.contains("Juni 2026 (revisi 2)"));
		assertThat(String.join(" ", report.footnotes())).doesNotContain("Mei 2026 (revisi");

		// The spreadsheet's summary carries the frozen total; its list of the register says why it differs.
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbooks.write(report)))) {
			assertThat(xlsx.getSheet("Ringkasan").getRow(4).getCell(1).getNumericCellValue()).isEqualTo(16);
			Sheet list = xlsx.getSheet("Daftar pengaduan");
			assertThat(list.getRow(0).getCell(0).getStringCellValue()).contains("Juni 2026 (revisi 2)")
				.contains("dapat berbeda");
			assertThat(list.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kode pelacakan");
		}
	}

	private void remindTwice() {
		jobs.remindOfRecaps();
		jobs.remindOfRecaps();
	}

	private static RecapStanding standing(RecapBoard.Board year, String unit) {
		return year.rows().stream().filter(row -> row.unit().code().equals(unit)).findFirst().orElseThrow()
			.cells().get(5);
	}

	private EntryDraft entry(String channel, String category, String status, Integer days, int complaints) {
		Register register = new Register(jdbc, catalog);
		return new EntryDraft(register.channel(channel), register.category(category), null, null, status, days,
				complaints, null);
	}

	private Actor account(String username, Role role, String unit, String email) {
		return accounts.create(new AccountDraft(username, "Uji " + username, email, role,
				catalog.unitByCode(unit).orElseThrow().id(), true)).account().asActor();
	}

	private static Map.Entry<String, String> entry(String to, String subject) {
		return Map.entry(to, subject);
	}

	private static List<Map.Entry<String, String>> received() {
		return java.util.Arrays.stream(mail.getReceivedMessages()).map(message -> {
			try {
				return entry(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject());
			}
			catch (jakarta.mail.MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	private static String bodyOf(String to) throws Exception {
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
				return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=\n", "");
			}
		}
		throw new AssertionError("No email to " + to);
	}
}
