package id.aduan.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.accounts.StaffAccount;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;

/**
 * The inbox as a help desk, through its pages: sorted by urgency, bulk routing and assignment (all or
 * none, within the unit), the export of exactly the view, saved views per person, and the notice count.
 */
@AduanTest
class InboxHelpDeskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	AccountManagement accounts;

	@Test
	void theInboxPutsTheOverdueComplaintFirstUnlessAskedForTheNewest() throws Exception {
		String marker = marker();
		StaffPrincipal coordinator = staff.coordinator();
		TrackingCode fresh = register("Baru " + marker, Instant.now().minus(1, ChronoUnit.HOURS));
		TrackingCode old = register("Lama " + marker, Instant.now().minus(30, ChronoUnit.DAYS));

		Document byUrgency = page("/staf/pengaduan?q=" + marker, coordinator);
		assertThat(codes(byUrgency)).containsExactly(old.value(), fresh.value());
		assertThat(byUrgency.select("#sort option[selected]").text()).isEqualTo("Paling mendesak");
		assertThat(byUrgency.select("tr[data-code=" + old.value() + "] td[data-due] .badge").text())
			.as("the deadline said in words, not by colour alone").startsWith("Terlambat");
		assertThat(byUrgency.select("tr[data-code=" + old.value() + "] .status-badge").text()).isEqualTo("Diterima");

		assertThat(codes(page("/staf/pengaduan?sort=NEWEST&q=" + marker, coordinator))).containsExactly(fresh.value(),
				old.value());
		assertThat(codes(page("/staf/pengaduan?sort=OLDEST&q=" + marker, coordinator))).containsExactly(old.value(),
				fresh.value());
	}

	@Test
	void aBulkRouteMovesEveryChosenComplaintOrNoneAndNamesTheOneThatRefused() throws Exception {
		String marker = marker();
		StaffPrincipal coordinator = staff.coordinator();
		long first = verified(register("Satu " + marker, Instant.now()), coordinator.actor());
		long second = verified(register("Dua " + marker, Instant.now()), coordinator.actor());
		TrackingCode unverified = register("Tiga " + marker, Instant.now());
		long third = id(unverified);
		long unit = staff.unitId("REHSOS");

		MvcResult refused = mvc.perform(post("/staf/pengaduan/massal").with(user(coordinator)).with(csrf())
			.param("action", "ROUTE").param("unitId", String.valueOf(unit))
			.param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(third)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat((String) refused.getFlashMap().get("problem")).contains(unverified.value(), "Tidak ada yang disimpan");
		assertThat(unitOf(first)).as("all or none").isNull();

		mvc.perform(post("/staf/pengaduan/massal").with(user(coordinator)).with(csrf())
			.param("action", "ROUTE").param("unitId", String.valueOf(unit))
			.param("ids", String.valueOf(first), String.valueOf(second)))
			.andExpect(status().is3xxRedirection());
		assertThat(unitOf(first)).isEqualTo(unit);
		assertThat(unitOf(second)).isEqualTo(unit);
		assertThat(jdbc.sql("select count(*) from complaint_event where complaint_id in (?, ?) and kind = 'ROUTED'")
			.params(first, second).query(Long.class).single()).isEqualTo(2);

		MvcResult none = mvc.perform(post("/staf/pengaduan/massal").with(user(coordinator)).with(csrf())
			.param("action", "ROUTE").param("unitId", String.valueOf(unit)))
			.andReturn();
		assertThat((String) none.getFlashMap().get("problem")).contains("Centang dulu");
	}

	@Test
	void theExportHoldsExactlyTheRowsAndCountOfTheViewInItsOrder() throws Exception {
		String marker = marker();
		StaffPrincipal coordinator = staff.coordinator();
		for (int i = 0; i < 23; i++) {
			register("Ekspor " + i + " " + marker, Instant.now().minus(i, ChronoUnit.DAYS));
		}
		List<String> onScreen = new ArrayList<>();
		Document first = page("/staf/pengaduan?sort=NEWEST&q=" + marker, coordinator);
		onScreen.addAll(codes(first));
		onScreen.addAll(codes(page("/staf/pengaduan?sort=NEWEST&page=1&q=" + marker, coordinator)));
		assertThat(first.select("#result-count").text()).isEqualTo("23 pengaduan");
		assertThat(first.select("#export-view").attr("href")).contains("/staf/pengaduan/ekspor?", "q=" + marker);

		byte[] file = mvc.perform(get("/staf/pengaduan/ekspor?sort=NEWEST&q=" + marker).with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode pelacakan");
			List<String> inFile = new ArrayList<>();
			for (int r = 1; r <= 23; r++) {
				inFile.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(inFile).isEqualTo(onScreen);
			Row count = sheet.getRow(25);
			assertThat(count.getCell(0).getStringCellValue()).isEqualTo("23 pengaduan");
		}

		byte[] chosen = mvc.perform(get("/staf/pengaduan/ekspor").with(user(coordinator))
			.param("ids", String.valueOf(id(new TrackingCode(onScreen.get(2))))))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(chosen))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(onScreen.get(2));
			assertThat((Object) book.getSheetAt(0).getRow(2)).isNull();
		}
	}

	@Test
	void aUnitOfficerAssignsOnlyOfficersOfTheirOwnUnitAndTheAssigneeFindsItUnderMyComplaints() throws Exception {
		String marker = marker();
		StaffPrincipal coordinator = staff.coordinator();
		StaffAccount lead = officer("Kabid " + marker, "LINJAMSOS");
		StaffAccount tagana = officer("Petugas Tagana " + marker, "TAGANA");
		StaffAccount rehsos = officer("Petugas Rehsos " + marker, "REHSOS");
		TrackingCode code = register("Banjir " + marker, Instant.now());
		long id = verified(code, coordinator.actor());
		handling.route(id, null, staff.unitId("TAGANA"), null, coordinator.actor());
		StaffPrincipal leadLogin = principal(lead);

		Document asLead = page("/staf/pengaduan/" + id, leadLogin);
		assertThat(asLead.select("#assign-officer option").eachText()).contains(lead.displayName(), tagana.displayName())
			.doesNotContain(rehsos.displayName());

		MvcResult outside = mvc.perform(post("/staf/pengaduan/massal").with(user(leadLogin)).with(csrf())
			.param("action", "ASSIGN").param("officerId", String.valueOf(rehsos.id())).param("ids", String.valueOf(id)))
			.andReturn();
		assertThat((String) outside.getFlashMap().get("problem")).contains(code.value());

		mvc.perform(post("/staf/pengaduan/" + id + "/tugaskan").with(user(leadLogin)).with(csrf())
			.param("officerId", String.valueOf(tagana.id())))
			.andExpect(status().is3xxRedirection());
		Document detail = page("/staf/pengaduan/" + id, coordinator);
		assertThat(detail.select("#assignee-name").text()).isEqualTo(tagana.displayName());
		assertThat(detail.select("#timeline li").last().text()).contains("Ditugaskan kepada petugas", tagana.displayName(),
				lead.displayName());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'COMPLAINT_ASSIGNED' and subject_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		StaffPrincipal taganaLogin = principal(tagana);
		Document mine = page("/staf/pengaduan?mine=true", taganaLogin);
		assertThat(codes(mine)).containsExactly(code.value());
		MvcResult withCount = mvc.perform(get("/staf/pengaduan").with(user(taganaLogin))).andReturn();
		assertThat((Long) withCount.getModelAndView().getModel().get("unreadNotices")).isEqualTo(1L);
		assertThat(org.jsoup.Jsoup.parse(withCount.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.select("#notices-link").text()).as("the count in the menu").contains("Pemberitahuan 1");
		Document notices = page("/staf/pemberitahuan", taganaLogin);
		assertThat(notices.select("#notices li[data-kind=ASSIGNED]").text()).contains(code.value());
		assertThat(codes(page("/staf/pengaduan?mine=true", principal(lead)))).isEmpty();
	}

	@Test
	void aSavedFilterIsThePersonsOwnAndOpensTheSameView() throws Exception {
		String marker = marker();
		StaffPrincipal coordinator = staff.coordinator();
		StaffPrincipal other = staff.coordinator();
		mvc.perform(post("/staf/pengaduan/saringan").with(user(coordinator)).with(csrf())
			.param("name", "Terlambat " + marker).param("query", "due=OVERDUE&sort=URGENCY&page=3"))
			.andExpect(status().is3xxRedirection());

		Document mine = page("/staf/pengaduan", coordinator);
		assertThat(mine.select("#saved-filters a").eachText()).containsExactly("Terlambat " + marker);
		assertThat(mine.select("#saved-filters a").attr("href")).isEqualTo("/staf/pengaduan?due=OVERDUE&sort=URGENCY");
		assertThat(page("/staf/pengaduan", other).select("#saved-filters a").eachText())
			.doesNotContain("Terlambat " + marker);

		MvcResult nameless = mvc.perform(post("/staf/pengaduan/saringan").with(user(coordinator)).with(csrf())
			.param("name", " ").param("query", "due=OVERDUE")).andReturn();
		assertThat((String) nameless.getFlashMap().get("problem")).contains("Saringan tidak disimpan");
	}

	@Test
	void theAnswerFormIsFilledFromTheUnitsTemplateWithThePlaceholders() throws Exception {
		String marker = marker();
		StaffPrincipal coordinator = staff.coordinator();
		StaffPrincipal officer = staff.unitOfficer("LINJAMSOS");
		TrackingCode code = registration.register(NewComplaint
			.of(new Arrival(channel(), Instant.now(), null), Matter.of("Templat " + marker, "Uraian yang cukup panjang."))
			.from(new Complainant("Maria Latuconsina", null, null, null), false, false), coordinator.actor());
		long id = verified(code, coordinator.actor());
		handling.route(id, null, staff.unitId("LINJAMSOS"), null, coordinator.actor());

		mvc.perform(post("/staf/templat-tanggapan").with(user(officer)).with(csrf())
			.param("unitId", String.valueOf(staff.unitId("REHSOS"))).param("name", "Lain " + marker).param("body", "x"))
			.andExpect(status().isOk());
		mvc.perform(post("/staf/templat-tanggapan").with(user(officer)).with(csrf())
			.param("unitId", String.valueOf(staff.unitId("LINJAMSOS"))).param("name", "Sudah disalurkan " + marker)
			.param("body", "Yth. {nama}, pengaduan {kode} telah ditindaklanjuti oleh {unit}."))
			.andExpect(status().is3xxRedirection());
		Long template = jdbc.sql("select id from reply_template where name = ?").param("Sudah disalurkan " + marker)
			.query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from reply_template where name = ?").param("Lain " + marker)
			.query(Long.class).single()).as("not the officer's unit").isZero();

		Document filled = page("/staf/pengaduan/" + id + "?templat=" + template, officer);
		assertThat(filled.select("#action-ANSWER").hasAttr("open")).isTrue();
		assertThat(filled.select("#action-ANSWER textarea[name=answer]").text()).isEqualTo("Yth. Maria Latuconsina, pengaduan "
				+ code.value() + " telah ditindaklanjuti oleh Bidang Perlindungan dan Jaminan Sosial.");
	}

	@Test
	void aComplaintsPageSaysItsDeadlineDateOnceWithWhatIsLeftInWords() throws Exception {
		TrackingCode code = register("Tanggal sekali " + marker(), Instant.now());
		long id = id(code);
		java.time.LocalDate due = jdbc.sql("select current_due from complaint where id = ?").param(id)
			.query(java.time.LocalDate.class).single();

		String line = page("/staf/pengaduan/" + id, staff.coordinator()).select("#current-due").text();

		assertThat(line).containsOnlyOnce(String.valueOf(due.getYear()));
		assertThat(line).contains(due.getDayOfMonth() + " ").containsPattern("(Sisa \\d+ hari kerja|Batas hari ini)");
	}

	@Test
	void aNewComplaintIsInTheCoordinatorsNoticesAndOpeningTheNoticeMarksItRead() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		TrackingCode code = register("Pemberitahuan " + marker(), Instant.now());

		Document notices = page("/staf/pemberitahuan", coordinator);
		var notice = notices.select("#notices li[data-kind=NEW]:contains(" + code.value() + ")");
		assertThat(notice.text()).contains("Pengaduan baru", code.value(), "Baru");
		long unreadBefore = (Long) mvc.perform(get("/staf/pemberitahuan").with(user(coordinator))).andReturn()
			.getModelAndView().getModel().get("unreadNotices");

		mvc.perform(post(notice.select("form").attr("action")).with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/staf/pengaduan/" + id(code)));
		long unreadAfter = (Long) mvc.perform(get("/staf/pemberitahuan").with(user(coordinator))).andReturn()
			.getModelAndView().getModel().get("unreadNotices");
		assertThat(unreadAfter).isEqualTo(unreadBefore - 1);
	}

	private StaffAccount officer(String name, String unit) {
		return accounts.create(new AccountDraft("p." + UUID.randomUUID().toString().substring(0, 8), name, null,
				Role.UNIT_OFFICER, staff.unitId(unit), true)).account();
	}

	private static StaffPrincipal principal(StaffAccount account) {
		return new StaffPrincipal(account.id(), account.username(), null, account.displayName(), account.role(),
				account.unitId(), true, false);
	}

	private TrackingCode register(String title, Instant receivedAt) {
		return registration.register(NewComplaint.of(new Arrival(channel(), receivedAt, null),
				Matter.of(title, "Keterangan yang cukup panjang untuk diterima.")), staff.coordinator().actor());
	}

	private long verified(TrackingCode code, Actor coordinator) {
		long id = id(code);
		handling.verify(id, null, new Classification(item(ReferenceList.REPORT_TYPE, "PENGADUAN"),
				item(ReferenceList.FORM, "A"), item(ReferenceList.CATEGORY, "BANSOS"), null), null, null, coordinator);
		return id;
	}

	private long id(TrackingCode code) {
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code.value()).query(Long.class).single();
	}

	private Long unitOf(long id) {
		return jdbc.sql("select unit_id from complaint where id = ?").param(id).query(Long.class).optional().orElse(null);
	}

	private long item(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}

	private long channel() {
		return item(ReferenceList.CHANNEL, "LETTER");
	}

	private Document page(String path, StaffPrincipal as) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<String> codes(Document inbox) {
		return inbox.select("#inbox tbody tr[data-code]").eachAttr("data-code");
	}

	private static String marker() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
