package id.aduan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;

/** The administrator keeps the reference data; retiring an item never breaks an old complaint. */
@AduanTest
class CatalogAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	Catalog catalog;

	@Autowired
	ComplaintRegistration registration;

	@Autowired
	ComplaintQueries queries;

	@Test
	void theSeedDocumentsReferenceDataIsThere() {
		assertThat(catalog.items(ReferenceList.CHANNEL)).extracting(ReferenceItem::code)
			.contains("X", "INSTAGRAM", "FACEBOOK", "LINKEDIN", "YOUTUBE", "TIKTOK", "CHAT", "PPID_WEB", "LAPOR",
					"EMAIL", "PHONE", "WALK_IN");
		assertThat(catalog.items(ReferenceList.FORM)).extracting(ReferenceItem::code).containsExactly("A", "B", "C");
		assertThat(catalog.items(ReferenceList.REPORT_TYPE)).extracting(ReferenceItem::code)
			.containsExactly("PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI");
		assertThat(catalog.services()).hasSizeGreaterThanOrEqualTo(44);
		assertThat(catalog.serviceByCode("L09")).hasValueSatisfying(
				service -> assertThat(service.name()).isEqualTo("Bantuan Pangan Non Tunai (BPNT)"));
		assertThat(catalog.unitTree().ordered().get(0).unit().name()).isEqualTo("Dinas Sosial Kabupaten Buru Selatan");
		assertThat(catalog.office().headNip()).isEqualTo("196507031988031017");
	}

	@Test
	void aRetiredCategoryDisappearsFromChoicesButOldComplaintsKeepIt() throws Exception {
		StaffPrincipal admin = staff.admin();
		String code = "UJI_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		mvc.perform(post("/admin/referensi/kategori/baru").with(user(admin)).with(csrf())
			.param("code", code.toLowerCase())
			.param("name", "Kategori uji")
			.param("sortOrder", "95")
			.param("active", "true")).andExpect(redirectedUrl("/admin/referensi/kategori"));
		ReferenceItem category = catalog.itemByCode(ReferenceList.CATEGORY, code).orElseThrow();

		TrackingCode complaint = registration.register(NewComplaint
			.of(Arrival.by(catalog.itemByCode(ReferenceList.CHANNEL, "PHONE").orElseThrow().id()),
					Matter.of("Kategori lama", "Pengaduan dengan kategori yang kemudian dinonaktifkan."))
			.classifiedAs(new Classification(null, null, category.id(), null)), staff.helpDesk().actor());

		mvc.perform(post("/admin/referensi/kategori/{id}", category.id()).with(user(admin)).with(csrf())
			.param("code", code)
			.param("name", "Kategori uji (lama)")
			.param("sortOrder", "95")
			.param("_active", "on")).andExpect(redirectedUrl("/admin/referensi/kategori"));

		assertThat(catalog.activeItems(ReferenceList.CATEGORY)).extracting(ReferenceItem::code).doesNotContain(code);
		Document desk = page("/staf/pengaduan/baru", staff.helpDesk());
		assertThat(desk.select("select[name=categoryId] option").eachText()).doesNotContain("Kategori uji (lama)");
		long id = queries.inbox(new id.aduan.complaints.InboxQuery(null, null, null, null, null, null, null,
				complaint.value(), 0, 20), staff.coordinator().actor()).rows().get(0).id();
		assertThat(queries.details(id, staff.coordinator().actor()).categoryName()).isEqualTo("Kategori uji (lama)");
	}

	@Test
	void codesAreUniqueAndWellFormed() throws Exception {
		Document page = Jsoup.parse(mvc.perform(post("/admin/referensi/saluran/baru").with(user(staff.admin()))
			.with(csrf())
			.param("code", "INSTAGRAM")
			.param("name", "Instagram kedua")
			.param("sortOrder", "x")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".invalid-feedback").eachText()).contains("Harus berupa bilangan bulat.");

		page = Jsoup.parse(mvc.perform(post("/admin/referensi/saluran/baru").with(user(staff.admin())).with(csrf())
			.param("code", "INSTAGRAM")
			.param("name", "Instagram kedua")
			.param("sortOrder", "1")).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".invalid-feedback").eachText()).contains("Kode INSTAGRAM sudah dipakai. Pilih kode lain.");

		page = Jsoup.parse(mvc.perform(post("/admin/referensi/saluran/baru").with(user(staff.admin())).with(csrf())
			.param("code", "kode dengan spasi")
			.param("name", "")
			.param("sortOrder", "1")).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".invalid-feedback").eachText()).contains(
				"Kode hanya boleh berisi huruf A–Z, angka, dan garis bawah, paling panjang 40 karakter.", "Wajib diisi.");
		mvc.perform(get("/admin/referensi/tidak-ada").with(user(staff.admin()))).andExpect(status().isNotFound());
	}

	@Test
	void aUnitCannotBeMovedUnderItsOwnSubUnit() throws Exception {
		long linjamsos = staff.unitId("LINJAMSOS");
		Document page = Jsoup.parse(mvc.perform(post("/admin/unit/{id}", linjamsos).with(user(staff.admin()))
			.with(csrf())
			.param("name", "Bidang Perlindungan dan Jaminan Sosial")
			.param("parentId", String.valueOf(staff.unitId("TAGANA")))
			.param("sortOrder", "20")
			.param("active", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".invalid-feedback").eachText())
			.contains("Unit tidak dapat ditempatkan di bawah dirinya sendiri atau di bawah sub-unitnya.");
		assertThat(catalog.unit(linjamsos).orElseThrow().parentId()).isEqualTo(staff.unitId("DINSOS"));
	}

	@Test
	void theOfficeProfileChecksTheNipAndTheTimeZone() throws Exception {
		OfficeProfile before = catalog.office();
		Document page = Jsoup.parse(mvc.perform(post("/admin/kantor").with(user(staff.admin())).with(csrf())
			.param("governmentName", before.governmentName())
			.param("officeName", before.officeName())
			.param("fullName", before.fullName())
			.param("address", before.address())
			.param("city", before.city())
			.param("headName", before.headName())
			.param("headTitle", before.headTitle())
			.param("headNip", "1965 0703")
			.param("timeZone", "Europe/Amsterdam")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());

		assertThat(page.select(".invalid-feedback").eachText()).contains(
				"NIP harus terdiri atas 18 angka (spasi boleh).", "Pilih zona waktu WIB, WITA, atau WIT.");
		assertThat(catalog.office()).isEqualTo(before);
	}

	@Test
	void everyAdministrationPageOpens() throws Exception {
		StaffPrincipal admin = staff.admin();
		for (String path : List.of("/admin", "/admin/referensi/saluran", "/admin/referensi/kategori/baru",
				"/admin/referensi/bentuk", "/admin/referensi/jenis-laporan", "/admin/unit", "/admin/unit/baru",
				"/admin/unit/" + staff.unitId("HUMAS"), "/admin/layanan", "/admin/layanan/baru",
				"/admin/layanan/" + catalog.serviceByCode("L01").orElseThrow().id(), "/admin/kantor", "/admin/akun",
				"/admin/akun/baru", "/admin/akun/" + admin.id())) {
			mvc.perform(get(path).with(user(admin))).andExpect(status().isOk());
		}
	}

	private Document page(String path, StaffPrincipal who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
