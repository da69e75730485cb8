package id.aduan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;

/** The citizen's pages, without a login: the front page, the complaint form, the tracking page. */
@AduanTest
class CitizenPagesTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFrontPageNamesTheOfficeTheChannelsAndTheWaysIn() throws Exception {
		Document page = page("/");

		assertThat(page.select("nav").text()).contains("Dinas Sosial Kabupaten Buru Selatan");
		assertThat(page.select("main").text()).contains("Instagram", "SP4N-LAPOR!", "Sampaikan Pengaduan",
				"Lacak Pengaduan");
		assertThat(page.select("a[href=/pengaduan/baru]")).isNotEmpty();
	}

	@Test
	void theFrontPageListsTheChannelsAsLinksAndTheStatistics() throws Exception {
		Document page = page("/");

		assertThat(page.select("a[data-channel=INSTAGRAM]").attr("href")).isEqualTo("https://www.instagram.com/Dinsos_Bursel");
		assertThat(page.select("a[data-channel=EMAIL]").attr("href")).isEqualTo("mailto:siksdinsos@gmail.com");
		assertThat(page.select("a[data-channel=PHONE]").attr("href")).startsWith("https://wa.me/62");
		assertThat(page.select("a[data-channel=WALK_IN]")).isEmpty();
		assertThat(page.select("main li").text()).contains("Datang langsung");
		assertThat(page.select("a#statistics-link").attr("href")).isEqualTo("/pengaduan/statistik");
	}

	@Test
	void everyPageHasAFavicon() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith(0, 0, 1, 0));
		assertThat(page("/lacak").select("link[rel=icon]").attr("href")).isEqualTo("/favicon.ico");
	}

	@Test
	void aCitizenSubmitsAComplaintWithAPhotoAndGetsATrackingCode() throws Exception {
		MvcResult sent = mvc.perform(multipart("/pengaduan/baru")
			.file(new MockMultipartFile("attachments", "rumah.png", "image/png", PNG))
			.param("title", "Rumah rusak belum disurvei")
			.param("description", "Rumah kami rusak berat sejak Mei dan belum ada survei RTLH.")
			.param("complainant.name", "Gamar Isan")
			.param("complainant.phone", "082217353239")
			.param("incidentPlace", "Namrole")
			.param("anonymous", "true")
			.param("_anonymous", "on")
			.param("_confidential", "on")
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = (String) sent.getFlashMap().get("trackingCode");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/lacak/" + code + "/tanda-terima");
		assertThat(code).matches("ADU-[2-9A-Z]{4}-[2-9A-Z]{4}");

		var stored = jdbc.sql("""
				select c.anonymous, c.confidential, c.complainant_name, ch.code channel,
				       (select count(*) from attachment a where a.complaint_id = c.id) files
				from complaint c join channel ch on ch.id = c.channel_id where tracking_code = ?""")
			.param(code)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("anonymous", true)
			.containsEntry("confidential", false)
			.containsEntry("complainant_name", "Gamar Isan")
			.containsEntry("channel", "WEB_FORM")
			.containsEntry("files", 1L);

		Document tracking = page("/lacak/" + code);
		assertThat(tracking.select("h1").text()).isEqualTo(code);
		assertThat(tracking.select("#status-label").text()).isEqualTo("Diterima");
		assertThat(tracking.text()).contains("Rumah rusak belum disurvei", "Proses Verifikasi")
			.doesNotContain("Gamar Isan");
	}

	@Test
	void aFormWithMistakesComesBackWithEveryMistakeNamedAndTheTextKept() throws Exception {
		long before = count();
		String html = mvc.perform(multipart("/pengaduan/baru")
			.file(new MockMultipartFile("attachments", "virus.exe", "application/octet-stream", "MZ\u0090".getBytes()))
			.param("title", "")
			.param("description", "Uraian saya yang panjang ini tidak boleh hilang ketika ada kesalahan.")
			.param("complainant.email", "saya@")
			.param("incidentDate", "2999-01-01")
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select("#title + .invalid-feedback, #title ~ .invalid-feedback").text()).isEqualTo("Wajib diisi.");
		assertThat(page.select(".invalid-feedback").eachText()).contains("Wajib diisi.",
				"Alamat surel tidak valid. Contoh: nama@contoh.go.id.",
				"Tanggal kejadian tidak boleh setelah tanggal pengaduan diterima.",
				"Berkas virus.exe bukan JPEG, PNG, atau PDF.");
		assertThat(page.select("textarea[name=description]").text())
			.isEqualTo("Uraian saya yang panjang ini tidak boleh hilang ketika ada kesalahan.");
		assertThat(page.select("input[name=complainant.email]").val()).isEqualTo("saya@");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDateThatIsNotADateIsNamedNotAServerError() throws Exception {
		mvc.perform(post("/pengaduan/baru").param("title", "Judul").param("description", "Uraian yang cukup panjang.")
			.param("incidentDate", "31-02-2026")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void theFormNeedsItsCsrfToken() throws Exception {
		mvc.perform(post("/pengaduan/baru").param("title", "x").param("description", "Uraian yang cukup panjang."))
			.andExpect(status().isForbidden());
	}

	@Test
	void trackingAcceptsCodesAsPeopleTypeThemAndExplainsAWrongOne() throws Exception {
		mvc.perform(get("/lacak").param("kode", "adu 2345 6789")).andExpect(redirectedUrl("/lacak/ADU-2345-6789"));
		mvc.perform(get("/lacak").param("kode", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Format kode pelacakan tidak dikenali")));
		mvc.perform(get("/lacak/ADU-2345-6789"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Kode pelacakan tidak ditemukan")));
	}

	@Test
	void thePagesSpeakEnglishOnRequestAndRememberIt() throws Exception {
		MvcResult english = mvc.perform(get("/pengaduan/baru").param("lang", "en")).andExpect(status().isOk()).andReturn();
		assertThat(english.getResponse().getContentAsString()).contains("Submit a complaint")
			.doesNotContain("Sampaikan pengaduan</h1>");
		mvc.perform(get("/").cookie(english.getResponse().getCookie("ADUAN_LANG")))
			.andExpect(content().string(containsString("Submit your complaint")));
		mvc.perform(get("/").header("Accept-Language", "en-US"))
			.andExpect(content().string(containsString("Sampaikan pengaduan Anda")))
			.andExpect(content().string(not(containsString("Submit your complaint"))));
	}

	@Test
	void reloadingTheReceiptKeepsTheCodeButShowsTheKeyOnlyOnce() throws Exception {
		mvc.perform(get("/pengaduan/terkirim")).andExpect(redirectedUrl("/lacak"));
		BrowserSession session = new BrowserSession();
		MvcResult sent = mvc.perform(post("/pengaduan/baru").with(csrf()).with(session)
			.param("title", "Lampu jalan padam")
			.param("description", "Lampu jalan di depan kantor desa padam sejak seminggu."))
			.andDo(session)
			.andReturn();
		String code = (String) sent.getFlashMap().get("trackingCode");
		String key = (String) sent.getFlashMap().get("accessKey");
		String receipt = sent.getResponse().getRedirectedUrl();
		assertThat(receipt).isEqualTo("/lacak/" + code + "/tanda-terima");

		Document first = Jsoup.parse(mvc.perform(get(receipt).with(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(first.select("#tracking-code").text()).isEqualTo(code);
		assertThat(first.select("#access-key").text()).isEqualTo(key);
		assertThat(first.select("#receipt-pdf-form input[name=key]").val()).isEqualTo(key);
		assertThat(first.select("#channel").text()).isEqualTo("Formulir daring Aduan");
		assertThat(first.select("#next-steps li")).hasSize(2);
		assertThat(first.select("#next-steps").text()).contains("hari kerja");
		assertThat(first.select("#receipt-qr").attr("src")).startsWith("data:image/png;base64,");
		assertThat(first.select("[data-copy=#tracking-code]")).hasSize(1);

		Document reloaded = page(receipt);
		assertThat(reloaded.select("#tracking-code").text()).isEqualTo(code);
		assertThat(reloaded.select("#access-key")).isEmpty();
		assertThat(reloaded.text()).doesNotContain(key).contains("Kunci akses hanya ditampilkan sekali");
		assertThat(reloaded.select("a#receipt-pdf").attr("href")).isEqualTo("/lacak/" + code + "/tanda-terima.pdf");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private long count() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}
}
