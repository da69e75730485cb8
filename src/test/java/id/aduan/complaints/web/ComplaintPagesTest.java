package id.aduan.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/** The staff's pages: the inbox, the help desk's form and a complaint's page with its actions. */
@AduanTest
class ComplaintPagesTest {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHelpDeskRegistersAPhoneComplaintAndTheCoordinatorFindsIt() throws Exception {
		StaffPrincipal desk = staff.helpDesk();
		String title = "Telepon " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(get("/staf/pengaduan/baru").with(user(desk))).andExpect(status().isOk());

		String code = (String) mvc.perform(post("/staf/pengaduan/baru").with(user(desk)).with(csrf())
			.param("channelId", String.valueOf(channel("PHONE")))
			.param("receivedAt", "2026-11-27T09:30")
			.param("channelReference", "Panggilan dari 0813 0000 1111")
			.param("title", title)
			.param("description", "Penelepon menanyakan jadwal penyaluran BPNT yang terlambat.")
			.param("complainant.name", "La Ami")
			.param("complainant.phone", "081300001111"))
			.andExpect(redirectedUrlPattern("/staf/pengaduan/baru/selesai/ADU-*"))
			.andReturn()
			.getFlashMap()
			.get("registeredCode");

		Document inbox = page("/staf/pengaduan?q=" + code, staff.coordinator());
		assertThat(inbox.select("#inbox tbody tr")).singleElement().satisfies(row -> {
			assertThat(row.text()).contains(code, title, "Telepon / WhatsApp", "Diterima");
		});
		var receivedAt = jdbc.sql("select received_at from complaint where tracking_code = ?").param(code)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.single();
		assertThat(receivedAt).as("09:30 WIT is 00:30 UTC").hasToString("2026-11-27T00:30:00Z");
	}

	@Test
	void unitOfficersAndTheHeadDoNotRegisterComplaints() throws Exception {
		mvc.perform(get("/staf/pengaduan/baru").with(user(staff.unitOfficer("PFM")))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/pengaduan/baru").with(user(staff.head()))).andExpect(status().isForbidden());
	}

	@Test
	void theCoordinatorVerifiesAndRoutesAndTheUnitFollowsUpWithPhotosAndAnswers() throws Exception {
		long id = registered("Bantuan YAPI belum cair");
		StaffPrincipal coordinator = staff.coordinator();
		StaffPrincipal officer = staff.unitOfficer("REHSOS");

		mvc.perform(post("/staf/pengaduan/{id}/verifikasi", id).with(user(coordinator)).with(csrf())
			.param("version", "0")
			.param("reportTypeId", String.valueOf(item(ReferenceList.REPORT_TYPE, "PENGADUAN")))
			.param("formId", String.valueOf(item(ReferenceList.FORM, "B")))
			.param("categoryId", String.valueOf(item(ReferenceList.CATEGORY, "BANSOS")))
			.param("unitId", String.valueOf(staff.unitId("REHSOS"))))
			.andExpect(redirectedUrl("/staf/pengaduan/" + id));

		Document forOfficer = page("/staf/pengaduan/" + id, officer);
		assertThat(forOfficer.select("#status-badge").text()).isEqualTo("Didisposisikan ke unit kerja");
		assertThat(forOfficer.select("#actions details").eachAttr("id")).contains("action-FOLLOW_UP",
				"action-ANSWER", "action-RETURN").doesNotContain("action-ROUTE", "action-CLOSE");

		mvc.perform(multipart("/staf/pengaduan/{id}/tindak-lanjut", id)
			.file(new MockMultipartFile("photos", "kunjungan.jpg", "image/jpeg", JPEG))
			.param("version", "1")
			.param("note", "Kunjungan ke rumah pengadu")
			.with(user(officer))
			.with(csrf())).andExpect(redirectedUrl("/staf/pengaduan/" + id));
		mvc.perform(post("/staf/pengaduan/{id}/jawab", id).with(user(officer)).with(csrf())
			.param("version", "2")
			.param("answer", "Bantuan YAPI disalurkan melalui Bank pada 2 Desember."))
			.andExpect(redirectedUrl("/staf/pengaduan/" + id));

		Document done = page("/staf/pengaduan/" + id, coordinator);
		assertThat(done.select("#status-badge").text()).isEqualTo("Telah ditanggapi");
		assertThat(done.select("#answer").text()).contains("Bantuan YAPI disalurkan");
		assertThat(done.select("#timeline li").eachText()).hasSize(5);
		String photo = done.select("a[href*=/lampiran/]").attr("href");
		mvc.perform(get(photo).with(user(staff.head())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(JPEG));
	}

	@Test
	void aRefusedOrInvalidActionShowsWhyAndKeepsWhatWasTyped() throws Exception {
		long id = registered("Aksi tidak sah");

		String missing = mvc.perform(post("/staf/pengaduan/{id}/verifikasi", id).with(user(staff.coordinator()))
			.with(csrf())
			.param("note", "Catatan yang tidak boleh hilang"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(missing);
		assertThat(page.select("#action-VERIFY").hasAttr("open")).isTrue();
		assertThat(page.select("#action-VERIFY .invalid-feedback").eachText()).contains("Pilih jenis laporan.",
				"Pilih kategori permasalahan.");
		assertThat(page.select("#action-VERIFY textarea[name=note]").text()).isEqualTo("Catatan yang tidak boleh hilang");

		mvc.perform(post("/staf/pengaduan/{id}/tutup", id).with(user(staff.coordinator())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Tindakan &quot;Selesaikan&quot; tidak dapat dilakukan pada pengaduan berstatus &quot;Diterima&quot;.")));
		mvc.perform(post("/staf/pengaduan/{id}/catatan", id).with(user(staff.coordinator())).with(csrf())
			.param("version", "7")
			.param("note", "Dari halaman lama"))
			.andExpect(content().string(containsString("baru saja diubah oleh petugas lain")));
	}

	@Test
	void aUnitOfficerCannotOpenOrActOnAnotherUnitsComplaint() throws Exception {
		long id = registered("Milik unit lain");
		mvc.perform(post("/staf/pengaduan/{id}/verifikasi", id).with(user(staff.coordinator())).with(csrf())
			.param("reportTypeId", String.valueOf(item(ReferenceList.REPORT_TYPE, "ASPIRASI")))
			.param("categoryId", String.valueOf(item(ReferenceList.CATEGORY, "INFO")))
			.param("unitId", String.valueOf(staff.unitId("PFM"))));
		StaffPrincipal stranger = staff.unitOfficer("DAYASOS");

		mvc.perform(get("/staf/pengaduan/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/staf/pengaduan/{id}/jawab", id).with(user(stranger)).with(csrf()).param("answer", "Saya jawab"))
			.andExpect(status().isNotFound());
		assertThat(page("/staf/pengaduan?q=Milik+unit+lain", stranger).select("#inbox tbody tr[data-code]")).isEmpty();
		assertThat(jdbc.sql("select status from complaint where id = ?").param(id).query(String.class).single())
			.isEqualTo("ROUTED");
	}

	@Test
	void theHeadReadsEverythingAndTheAdministratorHandlesNoComplaint() throws Exception {
		long id = registered("Dibaca kepala");
		Document forHead = page("/staf/pengaduan/" + id, staff.head());
		assertThat(forHead.select("#actions details")).isEmpty();
		mvc.perform(post("/staf/pengaduan/{id}/catatan", id).with(user(staff.head())).with(csrf()).param("note", "x"))
			.andExpect(content().string(containsString("Peran Anda tidak berwenang")));

		mvc.perform(get("/staf/pengaduan").with(user(staff.admin()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(user(staff.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(get("/staf/pengaduan")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void onlyTheCoordinatorSeesAnAnonymousComplainantAndEachLookIsRecorded() throws Exception {
		String name = "Anonim " + UUID.randomUUID().toString().substring(0, 6);
		long id = registered("Pungli di kantor desa", name, true);
		StaffPrincipal coordinator = staff.coordinator();

		for (StaffPrincipal viewer : List.of(coordinator, staff.head(), staff.helpDesk())) {
			Document page = page("/staf/pengaduan/" + id, viewer);
			assertThat(page.text()).doesNotContain(name).contains("Identitas pengadu dirahasiakan (anonim).");
		}
		assertThat(page("/staf/pengaduan/" + id, staff.head()).select("#complainant form")).isEmpty();

		String revealed = mvc.perform(post("/staf/pengaduan/{id}/identitas", id).with(user(coordinator)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(revealed).select("#complainant-name").text()).isEqualTo(name);
		mvc.perform(post("/staf/pengaduan/{id}/identitas", id).with(user(staff.head())).with(csrf()))
			.andExpect(content().string(containsString("Peran Anda tidak berwenang")));

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IDENTITY_VIEWED' and subject_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(page("/staf/pengaduan/" + id, coordinator).select("#timeline").text())
			.contains("Identitas pengadu dilihat");
	}

	@Test
	void theInboxFiltersAndPagesStayOnTheirFilters() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 22; i++) {
			registered("Banyak " + marker + " " + i);
		}
		Document first = page("/staf/pengaduan?q=" + marker, staff.coordinator());
		assertThat(first.select("#inbox tbody tr[data-code]")).hasSize(20);
		assertThat(first.select("#result-count").text()).isEqualTo("22 pengaduan");
		String next = first.select(".pagination a").last().attr("href");
		assertThat(next).contains("page=1", "q=" + marker);
		assertThat(page(next, staff.coordinator()).select("#inbox tbody tr[data-code]")).hasSize(2);
	}

	@Test
	void aBadFilterValueIsABadRequestNotAServerError() throws Exception {
		mvc.perform(get("/staf/pengaduan").param("status", "NGAWUR").with(user(staff.coordinator())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Parameter status")));
		mvc.perform(get("/staf/pengaduan/abc").with(user(staff.coordinator()))).andExpect(status().isBadRequest());
		mvc.perform(get("/staf/pengaduan/999999").with(user(staff.coordinator()))).andExpect(status().isNotFound());
	}

	private long registered(String title) throws Exception {
		return registered(title, "Penelepon", false);
	}

	private long registered(String title, String name, boolean anonymous) throws Exception {
		String code = (String) mvc.perform(post("/staf/pengaduan/baru").with(user(staff.helpDesk())).with(csrf())
			.param("channelId", String.valueOf(channel("WALK_IN")))
			.param("title", title)
			.param("description", "Uraian pengaduan yang dicatat oleh help desk.")
			.param("complainant.name", name)
			.param("anonymous", String.valueOf(anonymous)))
			.andExpect(redirectedUrlPattern("/staf/pengaduan/baru/selesai/ADU-*"))
			.andReturn()
			.getFlashMap()
			.get("registeredCode");
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long channel(String code) {
		return item(ReferenceList.CHANNEL, code);
	}

	private long item(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}
}
