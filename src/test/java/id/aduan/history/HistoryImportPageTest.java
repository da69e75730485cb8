package id.aduan.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.BrowserSession;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/**
 * The administrator's import page: the XLSX template offers the office's codes and, filled in, reads
 * back through a preview that stores nothing; the import then stores exactly what was previewed. A
 * file with a problem is refused with the row and column named; nobody but the administrator gets in.
 */
@SpringBootTest(properties = "aduan.test.register=history-pages")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HistoryImportPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFilledInTemplateIsPreviewedThenImported() throws Exception {
		StaffPrincipal admin = staff.admin();
		BrowserSession browser = new BrowserSession();
		byte[] template = mvc.perform(get("/admin/impor-riwayat/templat.xlsx").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			XSSFSheet sheet = workbook.getSheet("Riwayat");
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactlyElementsOf(HistoryColumns.ALL);
			assertThat(sheet.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
				.contains("kode_channel", "kode_unit", "kode_category");
			Sheet codes = workbook.getSheet("Kode");
			List<String> channels = new ArrayList<>();
			codes.forEach(row -> {
				if (row.getRowNum() > 0 && row.getCell(0) != null) {
					channels.add(row.getCell(0).getStringCellValue());
				}
			});
			assertThat(channels).contains("LAPOR", "WALK_IN", "INSTAGRAM");
			// The clerk replaces the example's reference and adds a row of their own.
			sheet.getRow(1).getCell(0).setCellValue("PAGE-1");
			Row added = sheet.createRow(2);
			String[] values = { "PAGE-2", "2023-03-06", "WALK_IN", "", "Kartu KIS belum terbit setelah tiga bulan",
					"Bapak Yosef", "", "", "", "", "", "", "", "", "", "", "" };
			for (int c = 0; c < values.length; c++) {
				added.createCell(c).setCellValue(values[c]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}

		Document preview = Jsoup.parse(mvc
			.perform(multipart("/admin/impor-riwayat/pratinjau")
				.file(new MockMultipartFile("file", "riwayat.xlsx", "application/octet-stream", filled))
				.with(user(admin))
				.with(csrf())
				.with(browser))
			.andDo(browser)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(preview.select("#import-preview").text()).contains("2 pengaduan akan diimpor", "PAGE-1", "PAGE-2",
				"Belum ada yang disimpan");
		assertThat(stored()).isZero();

		mvc.perform(post("/admin/impor-riwayat/impor").with(user(admin)).with(csrf()).with(browser))
			.andDo(browser)
			.andExpect(status().is3xxRedirection());
		assertThat(stored()).isEqualTo(2);
		assertThat(jdbc.sql("select status from complaint where import_reference = 'PAGE-1'").query(String.class).single())
			.isEqualTo("CLOSED");
		assertThat(jdbc.sql("select status from complaint where import_reference = 'PAGE-2'").query(String.class).single())
			.isEqualTo("RECEIVED");

		mvc.perform(post("/admin/impor-riwayat/impor").with(user(admin)).with(csrf()).with(browser))
			.andExpect(status().is3xxRedirection());
		assertThat(stored()).as("the confirmation imports the checked file once").isEqualTo(2);
	}

	@Test
	void aFileWithAProblemIsRefusedNamingRowAndColumn() throws Exception {
		StaffPrincipal admin = staff.admin();
		String csv = SemesterHistory.HEADER + "\nPAGE-BAD,2023-03-06,WALK_IN,,Kartu KIS belum terbit,,,,mungkin,,,,,,,,\n";

		Document page = Jsoup.parse(mvc
			.perform(multipart("/admin/impor-riwayat/pratinjau")
				.file(new MockMultipartFile("file", "salah.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#import-problems").text()).contains("Berkas salah.csv tidak diimpor",
				"Baris 2, kolom anonymous: Isi dengan true atau false");
		assertThat(page.select("#confirm-form")).isEmpty();
	}

	@Test
	void onlyTheAdministratorImports() throws Exception {
		mvc.perform(get("/admin/impor-riwayat").with(user(staff.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/impor-riwayat").with(user(staff.admin()))).andExpect(status().isOk());
	}

	long stored() {
		return jdbc.sql("select count(*) from complaint where import_reference like 'PAGE-%'").query(Long.class).single();
	}
}
