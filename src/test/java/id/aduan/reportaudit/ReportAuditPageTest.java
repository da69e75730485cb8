package id.aduan.reportaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import id.aduan.AduanTest;

/** The "Periksa Laporan" page as a citizen uses it, without logging in. */
@AduanTest
class ReportAuditPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageLinksToThePageAndItOpensWithoutLogin() throws Exception {
		Document home = page(mvc.perform(get("/")), status().isOk());
		assertThat(home.select("nav a[href='/periksa-laporan']").text()).isEqualTo("Periksa Laporan");

		Document form = page(mvc.perform(get("/periksa-laporan")), status().isOk());
		assertThat(form.select("h1").text()).isEqualTo("Periksa Laporan");
		assertThat(form.select("form#audit-form input[type=file][name=file]")).hasSize(1);
		assertThat(form.select("#file-help").text()).contains("paling besar 10 MB");
	}

	@Test
	void theSeedReportIsShownLineByLineWithEachFindingBesideItsLine() throws Exception {
		Document result = upload("laporan-semester.txt", Fixtures.bytes(Fixtures.SEED), status().isOk());

		assertThat(result.select("#summary").text()).contains("Ditemukan 37 hal yang tidak cocok.");
		assertThat(result.select("tr[id^=baris-]")).hasSize(320);
		Element line71 = result.selectFirst("tr#baris-71");
		assertThat(line71.hasClass("finding")).isTrue();
		assertThat(line71.select("mark").text()).startsWith("1. 1104 (seratus empat) atau 85,2%");
		assertThat(line71.select(".finding-note").eachAttr("data-rule")).containsExactly("TERBILANG_MISMATCH",
				"PERCENT_MISMATCH");
		assertThat(line71.select(".finding-notes").text()).contains("Angka dan terbilang berbeda")
			.contains("Terbilang untuk 1104 adalah \"seribu seratus empat\"");
		assertThat(result.selectFirst("tr#baris-189").text()).contains("6 Juni 2023 jatuh pada hari Selasa, bukan Rabu.");
		assertThat(result.selectFirst("tr#baris-70").hasClass("finding")).isFalse();
		assertThat(result.select("tr.finding").eachAttr("id")).containsExactly("baris-69", "baris-71", "baris-72",
				"baris-74", "baris-75", "baris-76", "baris-83", "baris-85", "baris-86", "baris-87", "baris-88", "baris-89",
				"baris-90", "baris-99", "baris-103", "baris-116", "baris-118", "baris-119", "baris-120", "baris-121",
				"baris-123", "baris-128", "baris-130", "baris-136", "baris-153", "baris-189");
		assertThat(result.select("#finding-list li")).hasSize(37);
	}

	@Test
	void readersSeeRulesNamedInIndonesianNeverTheirCodes() throws Exception {
		Document result = upload("laporan-semester.txt", Fixtures.bytes(Fixtures.SEED), status().isOk());

		String shown = result.select("#result").text();
		for (Rule rule : Rule.values()) {
			assertThat(shown).as("no code on the page").doesNotContain(rule.name());
		}
		assertThat(result.select("#finding-list li").first().text()).contains("Rincian tidak sama dengan jumlahnya");
		assertThat(result.select(".finding-note").eachAttr("data-rule")).contains("PERCENT_MISMATCH");
	}

	@Test
	void theFindingsDownloadAsASpreadsheetWithTheSameColumns() throws Exception {
		Document result = upload("laporan.txt", Fixtures.bytes(Fixtures.SEED), status().isOk());
		Element download = result.selectFirst("a#download");
		assertThat(download.attr("download")).isEqualTo("temuan-periksa-laporan.xlsx");
		String href = download.attr("href");
		assertThat(href).startsWith("data:" + ReportAuditPage.XLSX + ";base64,");

		byte[] xlsx = Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Temuan");
			assertThat(sheet.getLastRowNum()).isEqualTo(37);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Baris");
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Penjelasan");
			assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(71);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Aturan");
			assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Kode aturan");
			assertThat(sheet.getRow(3).getCell(1)).as("a text file has no pages").isNull();
			assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Angka dan terbilang berbeda");
			assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).startsWith("Angka 1104 ditulis dengan huruf");
			assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("TERBILANG_MISMATCH");
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("1104 (seratus empat)");
			assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("seribu seratus empat");
			assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("seratus empat");
		}
	}

	@Test
	void aScanSaysAboveItsFindingsThatItWasReadByOcrAndHowSurely() throws Exception {
		Document result = upload("pindaian.pdf", ScannedReportAuditTest.scan(ScannedReportAuditTest.PAGE), status().isOk());

		assertThat(result.select("#ocr").text()).matches("Laporan ini hasil pindaian dan dibaca dengan OCR \\(1 halaman, "
				+ "keyakinan rata-rata \\d{2,3}%\\); 0 angka yang tidak terbaca dengan yakin tidak diperiksa\\.");
		assertThat(result.select(".finding-note").eachAttr("data-rule")).containsExactly("TERBILANG_MISMATCH");

		Document typed = upload("laporan.txt", Fixtures.bytes(Fixtures.CLEAN), status().isOk());
		assertThat(typed.select("#ocr")).isEmpty();
	}

	@Test
	void aCleanReportSaysSoAndOffersNoDownload() throws Exception {
		Document result = upload("bersih.txt", Fixtures.bytes(Fixtures.CLEAN), status().isOk());

		assertThat(result.select("#clean").text()).startsWith("Tidak ada temuan");
		assertThat(result.select("tr.finding")).isEmpty();
		assertThat(result.select("a#download")).isEmpty();
	}

	@Test
	void aFileThatCannotBeReadIsExplainedBesideTheFileField() throws Exception {
		Document result = upload("laporan.doc", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2 },
				status().isUnprocessableContent());

		assertThat(result.select("#file-error").text())
			.isEqualTo("Berkas Word lama (.doc) tidak dapat dibaca; simpan sebagai DOCX atau PDF, lalu unggah lagi.");
		assertThat(result.select("#result")).isEmpty();
	}

	private Document upload(String name, byte[] content, ResultMatcher expected) throws Exception {
		return page(mvc.perform(multipart("/periksa-laporan").file(new MockMultipartFile("file", name, "text/plain", content))
			.with(csrf())), expected);
	}

	private static Document page(org.springframework.test.web.servlet.ResultActions actions, ResultMatcher expected)
			throws Exception {
		return Jsoup.parse(actions.andExpect(expected).andReturn().getResponse().getContentAsString());
	}
}
