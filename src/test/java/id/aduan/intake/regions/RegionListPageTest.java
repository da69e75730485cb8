package id.aduan.intake.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.audit.AuditEntry;
import id.aduan.audit.AuditTrail;

/**
 * The administrator's region list (daftar wilayah): a place added, renamed and deactivated changes what
 * the complaint form offers, never what an older complaint says; a bad code or a file with one bad row
 * is refused (422) naming the field or the row and column, with nothing stored; the BPS list imports
 * once, its codes being the key; every change is in the audit trail, and only the administrator gets in.
 */
@AduanTest
class RegionListPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	StaffPrincipal admin;

	@BeforeEach
	void signIn() {
		admin = staff.admin();
	}

	@Test
	void aPlaceAddedRenamedAndDeactivatedChangesWhatTheComplaintFormOffersButNotAnOlderComplaint() throws Exception {
		String prefix = unique();
		mvc.perform(admin(post("/admin/wilayah/baru")).param("code", prefix.toLowerCase())
			.param("name", "Waesili")
			.param("kind", "KECAMATAN")).andExpect(redirectedUrl("/admin/wilayah"));
		long district = idOf(prefix);
		mvc.perform(admin(post("/admin/wilayah/baru")).param("code", prefix + ".01")
			.param("name", "Wailoa")
			.param("kind", "DESA")
			.param("parentId", String.valueOf(district))).andExpect(redirectedUrl("/admin/wilayah"));
		long village = idOf(prefix + ".01");
		assertThat(page("/admin/wilayah/baru?induk=" + district).select("select[name=parentId] option[selected]").text())
			.isEqualTo("Waesili");
		Document edit = page("/admin/wilayah/" + village);
		assertThat(edit.select("input[name=name]").val()).isEqualTo("Wailoa");
		assertThat(edit.select("input[name=code]")).as("a code is fixed once created").isEmpty();
		assertThat(offered()).contains("Kecamatan Waesili", "Desa Wailoa, Kecamatan Waesili");

		mvc.perform(admin(post("/admin/wilayah/{id}", district)).param("name", "Waeteba")
			.param("sortOrder", "900")
			.param("active", "true")).andExpect(redirectedUrl("/admin/wilayah"));
		assertThat(offered()).contains("Kecamatan Waeteba", "Desa Wailoa, Kecamatan Waeteba")
			.doesNotContain("Kecamatan Waesili");

		MvcResult sent = mvc.perform(post("/pengaduan/baru").with(csrf())
			.param("title", "Air bersih tidak mengalir")
			.param("description", "Pipa air bersih di Desa Wailoa rusak sejak dua minggu.")
			.param("placeId", String.valueOf(village))).andExpect(status().is3xxRedirection()).andReturn();
		String trackingCode = (String) sent.getFlashMap().get("trackingCode");

		mvc.perform(admin(post("/admin/wilayah/{id}", village)).param("name", "Wailoa")
			.param("parentId", String.valueOf(district))
			.param("sortOrder", "901")
			.param("_active", "on")).andExpect(redirectedUrl("/admin/wilayah"));
		assertThat(offered()).contains("Kecamatan Waeteba").doesNotContain("Desa Wailoa, Kecamatan Waeteba");
		assertThat(jdbc.sql("select incident_place from complaint where tracking_code = ?").param(trackingCode)
			.query(String.class).single()).as("the older complaint keeps the place it named")
			.isEqualTo("Desa Wailoa, Kecamatan Waeteba");
		Document list = page("/admin/wilayah");
		assertThat(list.getElementById("place-" + prefix + ".01").hasClass("text-muted")).isTrue();

		mvc.perform(admin(post("/admin/wilayah/{id}", district)).param("name", "Waeteba")
			.param("sortOrder", "900")
			.param("_active", "on")).andExpect(redirectedUrl("/admin/wilayah"));
		mvc.perform(admin(post("/admin/wilayah/{id}", village)).param("name", "Wailoa")
			.param("parentId", String.valueOf(district))
			.param("sortOrder", "901")
			.param("active", "true")).andExpect(redirectedUrl("/admin/wilayah"));
		assertThat(offered()).as("the villages of a deactivated district are not offered either")
			.doesNotContain("Kecamatan Waeteba", "Desa Wailoa, Kecamatan Waeteba");
		assertThat(page("/admin/wilayah/baru?induk=" + district).select("select[name=parentId] option").eachAttr("value"))
			.as("a new village is not put under a deactivated district").doesNotContain(String.valueOf(district));
		assertThat(page("/admin/wilayah/" + village).select("select[name=parentId] option[selected]").attr("value"))
			.as("its own villages still show it, so that saving them does not move them")
			.isEqualTo(String.valueOf(district));

		assertThat(audit.forSubject("region_place", String.valueOf(district))).extracting(AuditEntry::action)
			.containsExactly("REGION_PLACE_ADDED", "REGION_PLACE_CHANGED", "REGION_PLACE_CHANGED");
		List<AuditEntry> villageTrail = audit.forSubject("region_place", String.valueOf(village));
		assertThat(villageTrail).extracting(AuditEntry::action)
			.containsExactly("REGION_PLACE_ADDED", "REGION_PLACE_CHANGED", "REGION_PLACE_CHANGED");
		assertThat(villageTrail).extracting(AuditEntry::actor).containsOnly(admin.getUsername());
		assertThat(villageTrail.get(1).detail()).contains("Wailoa", "nonaktif");
	}

	@Test
	void aCodeInUseOrMalformedIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		long before = places();
		Document taken = refused(admin(post("/admin/wilayah/baru")).param("code", "namrole")
			.param("name", "Namrole kedua")
			.param("kind", "KECAMATAN"));
		assertThat(taken.select("#code-error").text()).isEqualTo(
				"Kode wilayah NAMROLE sudah dipakai. Pilih kode lain, atau ubah wilayah yang sudah ada.");

		Document malformed = refused(admin(post("/admin/wilayah/baru")).param("code", "desa baru!")
			.param("name", "Desa baru")
			.param("kind", "DESA")
			.param("parentId", String.valueOf(idOf("NAMROLE"))));
		assertThat(malformed.select("#code-error").text()).startsWith("Kode wilayah hanya boleh berisi");
		assertThat(malformed.select("input[name=code]").val()).isEqualTo("desa baru!");

		Document orphan = refused(admin(post("/admin/wilayah/baru")).param("code", unique())
			.param("name", "Desa tanpa kecamatan")
			.param("kind", "DESA"));
		assertThat(orphan.text()).contains("Kecamatan induk wajib dipilih dari daftar kecamatan untuk desa.");

		assertThat(places()).isEqualTo(before);
	}

	@Test
	void theBpsListImportsOnceAndAnImportAgainUpdatesByCode() throws Exception {
		String p = unique();
		String csv = "kode;nama;jenis;kode_induk\n" + p + ".01;Namrole Timur;KECAMATAN;\n" + p + ".01.2001;Lektama Baru;desa;"
				+ p + ".01\n" + p + ".01.2002;Siwatlahin;DESA;" + p + ".01\n" + p + ".02.2001;Kamlanglale;DESA;NAMROLE\n";

		MvcResult first = importFile("bps.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(first.getFlashMap().get("imported")).hasToString(
				"ImportResult[fileName=bps.csv, rows=4, added=4, changed=0, problems=[]]");
		assertThat(offered()).contains("Kecamatan Namrole Timur", "Desa Siwatlahin, Kecamatan Namrole Timur",
				"Desa Kamlanglale, Kecamatan Namrole");

		MvcResult again = importFile("bps.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(again.getFlashMap().get("imported")).hasToString(
				"ImportResult[fileName=bps.csv, rows=4, added=0, changed=0, problems=[]]");
		assertThat(placesLike(p)).isEqualTo(4);

		byte[] renamed = xlsx(List.of(List.of("kode", "nama", "jenis", "kode_induk"),
				List.of(p + ".01", "Namrole Timur", "KECAMATAN", ""),
				List.of(p + ".01.2002", "Siwatlahin Baru", "DESA", p + ".01")));
		MvcResult update = importFile("bps.xlsx", renamed);
		assertThat(update.getFlashMap().get("imported")).hasToString(
				"ImportResult[fileName=bps.xlsx, rows=2, added=0, changed=1, problems=[]]");
		assertThat(placesLike(p)).isEqualTo(4);
		assertThat(offered()).contains("Desa Siwatlahin Baru, Kecamatan Namrole Timur");

		assertThat(audit.forSubject("region_place", "bps.csv")).extracting(AuditEntry::detail)
			.containsExactly("4 baris, 4 ditambah, 0 diubah", "4 baris, 0 ditambah, 0 diubah");
		assertThat(audit.forSubject("region_place", String.valueOf(idOf(p + ".01.2002")))).extracting(AuditEntry::action)
			.containsExactly("REGION_PLACE_ADDED", "REGION_PLACE_CHANGED");
	}

	@Test
	void theListDownloadsAsTheImportReadsItAndImportingItBackChangesNothing() throws Exception {
		String p = unique();
		importFile("baru.csv", ("kode;nama;jenis;kode_induk\n" + p + ".01;Leksula Utara;KECAMATAN;\n")
			.getBytes(StandardCharsets.UTF_8));
		MvcResult download = mvc.perform(admin(get("/admin/wilayah/daftar-wilayah.csv")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentType()).startsWith("text/csv");
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("daftar-wilayah.csv");
		String csv = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("kode;nama;jenis;kode_induk\r\nNAMROLE;Namrole;KECAMATAN;\r\n")
			.contains("\r\nNAMROLE.ELFULE;Elfule;DESA;NAMROLE\r\n", "\r\n" + p + ".01;Leksula Utara;KECAMATAN;\r\n");
		int places = jdbc.sql("select count(*) from region_place").query(Integer.class).single();

		MvcResult back = importFile("daftar-wilayah.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(back.getFlashMap().get("imported")).hasToString("ImportResult[fileName=daftar-wilayah.csv, rows="
				+ places + ", added=0, changed=0, problems=[]]");
		mvc.perform(get("/admin/wilayah/daftar-wilayah.csv").with(user(staff.coordinator())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileWithOneBadRowStoresNothingAndNamesEachProblemByRowAndColumn() throws Exception {
		String p = unique();
		String csv = "kode,nama,jenis,kode_induk\n" + p + ".01,Kecamatan Baik,KECAMATAN,\n" + p
				+ ".01.2001,Dusun Satu,DUSUN," + p + ".01\n" + p + ".01.2002,Desa Yatim,DESA,TIDAK.ADA\n" + p
				+ ".01,Kecamatan Ganda,KECAMATAN,\n";
		Document page = Jsoup.parse(mvc
			.perform(admin(multipart("/admin/wilayah/impor")
				.file(new MockMultipartFile("file", "salah.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#import-problems p").text())
			.startsWith("Berkas salah.csv tidak diimpor: 3 masalah ditemukan. Tidak ada yang disimpan");
		assertThat(page.select("#import-problems li").eachText()).containsExactly(
				"Baris 3, kolom jenis: Jenis \"DUSUN\" tidak dikenal; isi dengan KECAMATAN atau DESA.",
				"Baris 4, kolom kode_induk: Kode induk TIDAK.ADA bukan kecamatan dalam berkas ini maupun dalam daftar wilayah; isi dengan kode kecamatan.",
				"Baris 5, kolom kode: Kode " + p + ".01 sudah ada di baris 2; setiap wilayah hanya satu baris.");
		assertThat(placesLike(p)).as("the good rows are not stored either").isZero();
	}

	@Test
	void onlyTheAdministratorKeepsTheRegionList() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		mvc.perform(get("/admin/wilayah").with(user(coordinator))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/wilayah/baru").with(user(coordinator)).with(csrf())
			.param("code", unique())
			.param("name", "Kecamatan liar")
			.param("kind", "KECAMATAN")).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/wilayah/impor")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "kode,nama,jenis\nX1,X,KECAMATAN\n".getBytes()))
			.with(user(coordinator))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/wilayah").with(user(admin))).andExpect(status().isOk());
		assertThat(page("/admin").select("#admin-regions").attr("href")).isEqualTo("/admin/wilayah");
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
		return request.with(user(admin)).with(csrf());
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private MvcResult importFile(String name, byte[] content) throws Exception {
		return mvc.perform(admin(multipart("/admin/wilayah/impor")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))))
			.andExpect(redirectedUrl("/admin/wilayah"))
			.andReturn();
	}

	private List<String> offered() throws Exception {
		return Jsoup.parse(mvc.perform(get("/pengaduan/baru")).andReturn().getResponse().getContentAsString(
				StandardCharsets.UTF_8)).select("select[name=placeId] option").eachText();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long idOf(String code) {
		return jdbc.sql("select id from region_place where code = ?").param(code).query(Long.class).single();
	}

	private long places() {
		return jdbc.sql("select count(*) from region_place").query(Long.class).single();
	}

	private long placesLike(String prefix) {
		return jdbc.sql("select count(*) from region_place where code like ?").param(prefix + "%").query(Long.class)
			.single();
	}

	private static String unique() {
		return "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static byte[] xlsx(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Wilayah");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
