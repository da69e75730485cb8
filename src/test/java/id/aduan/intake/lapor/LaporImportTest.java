package id.aduan.intake.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.aduan.AduanTest;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Classification;
import id.aduan.complaints.ComplaintHandling;

/**
 * SP4N-LAPOR! by file: an export becomes complaints keeping LAPOR!'s tracking IDs; the same file again
 * creates nothing, a changed one updates the history; a file with problems imports nothing and names
 * every problem by row and column; Aduan's follow-ups go back as CSV and XLSX.
 */
@AduanTest
class LaporImportTest {

	static final String HEADER = "ID Tracking;Tanggal Laporan;Judul Laporan;Isi Laporan;Jenis Laporan;Kategori;Nama Pelapor;"
			+ "Email Pelapor;Telepon Pelapor;Anonim;Rahasia;Lokasi Kejadian;Tanggal Kejadian;Status;Tanggal Pembaruan\n";

	static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	Catalog catalog;

	@Test
	void anExportBecomesComplaintsOnceAndChangesOnLaporAreRecorded() throws Exception {
		String a = id();
		String b = id();
		String c = id();
		String yesterday = WRITTEN.format(LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1));
		String file = HEADER + a + ";" + yesterday + ";BPNT Oktober belum diterima;Kami belum menerima BPNT bulan Oktober di Desa Waelo.;Pengaduan;Bantuan Sosial;Jakaria Matdoan;jakaria@example.id;081234567801;Tidak;Tidak;Desa Waelo;;Proses Verifikasi;" + yesterday + "\n"
				+ b + ";" + yesterday + ";Usul layanan keliling;\"Mohon layanan rekomendasi PBI JKN keliling; jarak ke Namrole jauh.\";Aspirasi;Pelayanan;Siti;;;Tidak;Tidak;Leksula;;Proses Tindak Lanjut;\n"
				+ "#" + c + ";" + yesterday + ";Pendampingan korban kekerasan;Mohon pendampingan bagi anak korban kekerasan di lingkungan kami.;Pengaduan;;;;;Ya;Ya;Namrole;;Belum Terverifikasi;\n";
		StaffPrincipal desk = staff.helpDesk();

		MvcResult first = upload(desk, "ekspor-lapor.csv", file.getBytes(StandardCharsets.UTF_8));
		LaporImportResult result = (LaporImportResult) first.getFlashMap().get("result");
		assertThat(result.created()).hasSize(3);
		Map<String, Object> stored = jdbc.sql("""
				select ch.code channel, c.channel_reference, c.title, c.anonymous, c.confidential, rt.code report_type,
				       c.registered_by
				from complaint c join channel ch on ch.id = c.channel_id left join report_type rt on rt.id = c.report_type_id
				where c.channel_reference = ?""").param(c).query().singleRow();
		assertThat(stored).containsEntry("channel", "LAPOR").containsEntry("anonymous", true)
			.containsEntry("confidential", true).containsEntry("report_type", "PENGADUAN")
			.containsEntry("registered_by", desk.id());
		assertThat(count(b)).isEqualTo(1);

		result = (LaporImportResult) upload(desk, "ekspor-lapor.csv", file.getBytes(StandardCharsets.UTF_8))
			.getFlashMap().get("result");
		assertThat(result.created()).isEmpty();
		assertThat(result.updated()).isEmpty();
		assertThat(result.unchanged()).isEqualTo(3);
		assertThat(count(a) + count(b) + count(c)).isEqualTo(3);

		String changed = file.replace("Desa Waelo.;Pengaduan", "Desa Waelo dan Desa Sekat.;Pengaduan")
			.replace("Desa Waelo;;Proses Verifikasi", "Desa Waelo;;Proses Tindak Lanjut");
		result = (LaporImportResult) upload(staff.coordinator(), "ekspor-lapor-2.csv",
				changed.getBytes(StandardCharsets.UTF_8)).getFlashMap().get("result");
		assertThat(result.updated()).containsExactly(a);
		assertThat(result.unchanged()).isEqualTo(2);
		String note = jdbc.sql("""
				select e.note from complaint_event e join complaint c on c.id = e.complaint_id
				where c.channel_reference = ? and e.kind = 'CHANNEL_UPDATE'""").param(a).query(String.class).single();
		assertThat(note).contains("ID Tracking " + a, "ekspor-lapor-2.csv",
				"Status LAPOR!: Proses Verifikasi → Proses Tindak Lanjut", "Desa Waelo dan Desa Sekat.");
		assertThat(count(a)).isEqualTo(1);
	}

	/** The result travels to the next page in the session, which lives in the database as in production. */
	@Test
	void theSampleFileImportsAndTheNextPageShowsWhatItDid() throws Exception {
		StaffPrincipal coordinator = staff.coordinator();
		byte[] sample = new ClassPathResource(LaporController.SAMPLE).getContentAsByteArray();

		MvcResult imported = upload(coordinator, "contoh-ekspor-lapor.csv", sample);
		Cookie session = imported.getResponse().getCookie("SESSION");
		assertThat(session).as("the flash result is kept in the session").isNotNull();
		Document page = Jsoup.parse(mvc.perform(get(imported.getResponse().getRedirectedUrl()).cookie(session)
			.with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#import-result").text()).containsPattern("\\d+ laporan dibaca");
	}

	@Test
	void aFileWithProblemsImportsNothingAndNamesEveryProblemByRowAndColumn() throws Exception {
		String a = id();
		String file = HEADER + a + ";kemarin;;Isi laporan yang cukup panjang untuk diterima.;Keluhan;;;bukan-surel;12;Mungkin;Tidak;;;Selesai;\n"
				+ a + ";01/11/2026 08:00;Judul;Pendek;Pengaduan;;;;;Tidak;Tidak;;31/02/2026;Rahasia Negara;\n"
				+ id() + ";01/11/2026 08:00;Judul yang benar;Isi laporan yang benar dan cukup panjang.;;;;;;;;;;;\n";
		long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();

		MvcResult rejected = mvc.perform(multipart("/staf/lapor/impor").file(new MockMultipartFile("file", "salah.csv",
				"text/csv", file.getBytes(StandardCharsets.UTF_8))).with(user(staff.coordinator())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(rejected.getResponse().getContentAsString());
		List<String> problems = page.select("#import-problems li").eachText();
		assertThat(problems).contains("Baris 2, kolom Tanggal Laporan: kemarin bukan tanggal yang dikenali; tulis seperti 03/11/2026 08:15.",
				"Baris 2, kolom Judul Laporan: Wajib diisi.", "Baris 2, kolom Jenis Laporan: Jenis laporan Keluhan tidak dikenal; gunakan Pengaduan, Aspirasi, atau Permintaan Informasi.",
				"Baris 2, kolom Anonim: Mungkin harus Ya atau Tidak.",
				"Baris 3, kolom ID Tracking: ID Tracking " + a + " sudah ada di baris 2 berkas ini.",
				"Baris 3, kolom Tanggal Kejadian: 31/02/2026 bukan tanggal yang dikenali; tulis seperti 03/11/2026.",
				"Baris 3, kolom Status: Status Rahasia Negara tidak dikenal dalam LAPOR!.");
		assertThat(problems).anyMatch(p -> p.startsWith("Baris 2, kolom Email Pelapor:"))
			.anyMatch(p -> p.startsWith("Baris 2, kolom Telepon Pelapor:"))
			.anyMatch(p -> p.startsWith("Baris 3, kolom Isi Laporan:"));
		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);

		Document missing = Jsoup.parse(mvc.perform(multipart("/staf/lapor/impor").file(new MockMultipartFile("file", "kolom.csv",
				"text/csv", "Nomor,Judul\n1,Tes\n".getBytes(StandardCharsets.UTF_8))).with(user(staff.coordinator())).with(csrf()))
			.andReturn().getResponse().getContentAsString());
		assertThat(missing.select("#import-problems li").eachText()).contains(
				"Baris 1, kolom ID Tracking: Kolom ini tidak ada pada baris judul berkas.",
				"Baris 1, kolom Isi Laporan: Kolom ini tidak ada pada baris judul berkas.");
		mvc.perform(get("/staf/lapor").with(user(staff.unitOfficer("PFM")))).andExpect(status().isForbidden());
	}

	@Test
	void anXlsxExportImportsAndFollowUpsGoBackAsCsvAndXlsx() throws Exception {
		String a = id();
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Laporan");
			String[] header = HEADER.strip().split(";");
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				top.createCell(i).setCellValue(header[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(Double.parseDouble(a));
			var date = row.createCell(1);
			date.setCellValue(LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(5).withNano(0));
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			date.setCellStyle(style);
			row.createCell(2).setCellValue("Data DTKS salah nama");
			row.createCell(3).setCellValue("Nama ibu kami dalam DTKS tertulis salah sehingga PBI JKN tidak aktif.");
			row.createCell(9).setCellValue("Tidak");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		StaffPrincipal coordinator = staff.coordinator();
		LaporImportResult result = (LaporImportResult) upload(coordinator, "ekspor.xlsx", xlsx).getFlashMap().get("result");
		assertThat(result.created()).hasSize(1);
		long id = jdbc.sql("select id from complaint where channel_reference = ?").param(a).query(Long.class).single();

		handling.verify(id, null, new Classification(item(ReferenceList.REPORT_TYPE, "PENGADUAN"), item(ReferenceList.FORM, "A"),
				item(ReferenceList.CATEGORY, "DATA"), null), null, null, coordinator.actor());
		handling.answer(id, null, "Nama telah diperbaiki dalam DTKS pada pemutakhiran bulan ini.", coordinator.actor());

		String csv = new String(mvc.perform(get("/staf/lapor/tindak-lanjut.csv").with(user(coordinator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFID Tracking,Kode Aduan,Status Aduan,Tahapan LAPOR!");
		assertThat(csv.lines().filter(line -> line.startsWith(a)).findFirst()).get().asString()
			.contains("Telah ditanggapi", "Beri Tanggapan", "Nama telah diperbaiki dalam DTKS");
		byte[] exported = mvc.perform(get("/staf/lapor/tindak-lanjut.xlsx").with(user(coordinator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheetAt(0);
			boolean found = false;
			for (Row row : sheet) {
				if (a.equals(row.getCell(0).getStringCellValue())) {
					found = true;
					assertThat(row.getCell(7).getStringCellValue()).startsWith("Nama telah diperbaiki");
				}
			}
			assertThat(found).isTrue();
		}
		String future = new String(mvc.perform(get("/staf/lapor/tindak-lanjut.csv").param("sejak", "2999-01-01")
			.with(user(coordinator))).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(future.lines()).hasSize(1);
	}

	@Test
	void theShippedSampleReadsWithoutProblems() throws Exception {
		byte[] sample = mvc.perform(get("/staf/lapor/contoh.csv").with(user(staff.helpDesk()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		LaporBatch batch = LaporFile.upload("contoh.csv", sample, ZoneId.of("Asia/Jakarta")).fetch();
		assertThat(batch.problems()).isEmpty();
		assertThat(batch.reports()).extracting(LaporReport::laporId).containsExactly("4518201", "4518377", "4519012");
	}

	private MvcResult upload(StaffPrincipal who, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/staf/lapor/impor").file(new MockMultipartFile("file", name, "text/csv", content))
			.with(user(who)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
	}

	private long count(String laporId) {
		return jdbc.sql("select count(*) from complaint where channel_reference = ?").param(laporId).query(Long.class).single();
	}

	private long item(ReferenceList list, String code) {
		return catalog.itemByCode(list, code).orElseThrow().id();
	}

	private static String id() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 99_999_999L));
	}
}
