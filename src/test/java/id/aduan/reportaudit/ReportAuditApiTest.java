package id.aduan.reportaudit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import id.aduan.accounts.ImportSecurityRules;

/**
 * {@code POST /api/v1/report-audits} as a client uses it: no login, no cookie, a multipart file. Only
 * the web layer is started ({@code @WebMvcTest}): this controller with the real audit and reading
 * beans, {@code system}'s error answers and language switch, and Aduan's own security rules; the
 * other modules' web beans are left out, since the audit needs no database.
 */
@WebMvcTest(controllers = ReportAuditApi.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "id\\.aduan\\.(?!system\\.|reportaudit\\.).*"))
@Import(ReportAuditConfiguration.class)
@EnableConfigurationProperties(ReportAuditSettings.class)
@ImportSecurityRules
class ReportAuditApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneGetsTheSeedReportsFindingsAsJsonWithTheContractedFields() throws Exception {
		mvc.perform(upload("seed.txt", Fixtures.bytes(Fixtures.SEED)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/json")))
			.andExpect(jsonPath("$.length()").value(37))
			.andExpect(jsonPath("$[2].rule").value("TERBILANG_MISMATCH"))
			.andExpect(jsonPath("$[2].line").value(71))
			.andExpect(jsonPath("$[2].text").value("1104 (seratus empat)"))
			.andExpect(jsonPath("$[2].expected").value("seribu seratus empat"))
			.andExpect(jsonPath("$[2].found").value("seratus empat"))
			.andExpect(jsonPath("$[2].message").value(startsWith("Angka 1104 ditulis dengan huruf \"seratus empat\"")))
			.andExpect(jsonPath("$[2].*", contains("TERBILANG_MISMATCH", 71, "1104 (seratus empat)",
					"seribu seratus empat", "seratus empat",
					"Angka 1104 ditulis dengan huruf \"seratus empat\", yang berarti 104. Terbilang untuk 1104 adalah "
							+ "\"seribu seratus empat\"; periksa mana yang benar.")))
			.andExpect(jsonPath("$[?(@.rule == 'DATE_ORDER')].line", contains(153)))
			.andExpect(jsonPath("$[1].rule").value("FOREIGN_INSTITUTION"))
			.andExpect(jsonPath("$[1].message").value(startsWith("Laporan ini laporan DINAS SOSIAL BURU SELATAN, tetapi di sini LAN")));
	}

	@Test
	void aCleanReportAnswersAnEmptyList() throws Exception {
		mvc.perform(upload("bersih.txt", Fixtures.bytes(Fixtures.CLEAN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void docxAndPdfAreAuditedToo() throws Exception {
		mvc.perform(upload("laporan.docx", ReportReadingTest.docx()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].rule").value("TERBILANG_MISMATCH"))
			.andExpect(jsonPath("$[0].line").value(4));
		mvc.perform(upload("laporan.pdf", ReportReadingTest.pdf(ReportReadingTest.REPORT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("18 (sembilan)"));
	}

	@Test
	void aWorkbookIsAuditedTooEachFindingNamingItsTable() throws Exception {
		mvc.perform(upload("rekap.xlsx", RecapTablesAuditTest.xlsx()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].rule", contains("PERCENT_MISMATCH", "SUM_MISMATCH", "TERBILANG_MISMATCH")))
			.andExpect(jsonPath("$[0].message", startsWith("Tabel \"Saluran\", baris \"Datang langsung\", kolom \"Persentase\"")));
	}

	@Test
	void aScanIsReadByOcrAndTheAnswerSaysSoInAHeaderBesideTheSameFindingsArray() throws Exception {
		mvc.perform(upload("pindaian.pdf", ScannedReportAuditTest.scan(ScannedReportAuditTest.PAGE)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Read-By-OCR", matchesPattern("pages=1; confidence=\\d{2,3}; uncertain-figures=0")))
			.andExpect(jsonPath("$[*].rule", contains("TERBILANG_MISMATCH")))
			.andExpect(jsonPath("$[0].found").value("dua ratus empat"));
		mvc.perform(upload("laporan.pdf", ReportReadingTest.pdf(ReportReadingTest.REPORT)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Read-By-OCR"));
	}

	@Test
	void findingsAreWordedInEnglishOnRequest() throws Exception {
		mvc.perform(upload("seed.txt", Fixtures.bytes(Fixtures.SEED)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.line == 189)].message", contains("6 Juni 2023 is a Selasa, not a Rabu.")));
	}

	@Test
	void aFileThatIsNoReportIsAnIndonesianProblemNeverA500() throws Exception {
		mvc.perform(upload("foto.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 }))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.title").value("Isian tidak valid"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Jenis berkas tidak didukung; unggah teks (TXT), DOCX, XLSX, atau PDF."));
		mvc.perform(upload("rusak.pdf", "%PDF-1.7 terpotong".getBytes()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("PDF rusak atau tidak lengkap sehingga tidak dapat dibaca."));
	}

	@Test
	void aMissingEmptyOrOversizedFileIsNamed() throws Exception {
		mvc.perform(multipart("/api/v1/report-audits"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Pilih berkas laporan yang akan diperiksa."));
		mvc.perform(post("/api/v1/report-audits").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(upload("kosong.txt", new byte[0]))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Berkas kosong."));
		mvc.perform(upload("besar.txt", new byte[10 * 1024 * 1024 + 1]))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Berkas terlalu besar; paling besar 10 MB."));
	}

	@Test
	void theApiNeedsNoCsrfTokenWhileAFormWithoutOneIsRefused() throws Exception {
		mvc.perform(upload("bersih.txt", Fixtures.bytes(Fixtures.CLEAN))).andExpect(status().isOk());
		mvc.perform(multipart("/periksa-laporan")).andExpect(status().isForbidden());
	}

	private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/report-audits");
		request.file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content));
		return request;
	}
}
