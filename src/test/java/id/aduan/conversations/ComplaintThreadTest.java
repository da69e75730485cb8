package id.aduan.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.AduanTest;
import id.aduan.BrowserSession;
import id.aduan.Staff;
import id.aduan.accounts.StaffPrincipal;

/**
 * A complaint's two-way thread: the complainant with the tracking code and access key (page and API),
 * staff where they may see the complaint, files on both sides, the other side told by email.
 */
@AduanTest
class ComplaintThreadTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void complainantAndStaffWriteToEachOtherAndEachSideIsToldByEmail() throws Exception {
		String[] receipt = submit("warga.pesan@example.id");
		String code = receipt[0];
		String key = receipt[1];
		long id = complaintId(code);

		mvc.perform(get("/api/v1/public/complaints/{code}/messages", code).header("X-Access-Key", key.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(post("/api/v1/public/complaints/{code}/messages", code).header("X-Access-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Saya lampirkan foto KKS besok.\"}")).andExpect(status().isCreated());

		StaffPrincipal coordinator = staff.coordinator();
		Document panel = Jsoup.parse(mvc.perform(get("/staf/pengaduan/{id}/percakapan", id).with(user(coordinator))
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(panel.select("#messages .from-citizen").text()).contains("Pengadu", "Saya lampirkan foto KKS besok.");

		mvc.perform(multipart("/staf/pengaduan/{id}/percakapan", id).file(new MockMultipartFile("attachments", "formulir.png",
				"image/png", PNG))
			.param("text", "Silakan, kami tunggu. Formulir terlampir.")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staf/pengaduan/" + id + "#percakapan"));

		String thread = mvc.perform(get("/api/v1/public/complaints/{code}/messages", code).header("X-Access-Key", key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].side").value("STAFF"))
			.andExpect(jsonPath("$[1].author").doesNotExist())
			.andExpect(jsonPath("$[1].files[0].fileName").value("formulir.png"))
			.andReturn().getResponse().getContentAsString();
		String fileUrl = JsonPath.read(thread, "$[1].files[0].url");
		mvc.perform(get(fileUrl).header("X-Access-Key", key))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(PNG));

		assertThat(jdbc.sql("select kind, recipient from notification where complaint_id = ? order by id").param(id)
			.query((rs, row) -> rs.getString("kind") + " " + rs.getString("recipient")).list())
			.contains("RECEIPT warga.pesan@example.id", "MESSAGE_TO_COMPLAINANT warga.pesan@example.id");
		assertThat(jdbc.sql("select body from notification where kind = 'RECEIPT' and complaint_id = ?").param(id)
			.query(String.class).single()).as("the key is put in only when the receipt is sent").doesNotContain(key);
		assertThat(jdbc.sql("select access_key from notification where kind = 'RECEIPT' and complaint_id = ?").param(id)
			.query(String.class).single()).isEqualTo(key);
	}

	@Test
	void aWrongKeyOpensNothingAndSaysNotWhichHalfWasWrong() throws Exception {
		String code = submit(null)[0];
		String other = submit(null)[1];

		mvc.perform(get("/api/v1/public/complaints/{code}/messages", code).header("X-Access-Key", other))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Kode pelacakan atau kunci akses tidak cocok."));
		mvc.perform(post("/api/v1/public/complaints/{code}/messages", code).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/complaints/{code}/messages", code)).andExpect(status().isNotFound());
	}

	@Test
	void theTrackingPageOpensTheThreadWithTheKeyAndKeepsTheTextWhenSomethingMustBeFixed() throws Exception {
		String[] receipt = submit(null);
		String code = receipt[0];
		BrowserSession session = new BrowserSession();

		Document status = page("/lacak/" + code, session);
		assertThat(status.select("#conversation-link a").attr("href")).isEqualTo("/lacak/" + code + "/percakapan");
		Document unlock = page("/lacak/" + code + "/percakapan", session);
		assertThat(unlock.select("#unlock-form")).hasSize(1);

		Document wrong = Jsoup.parse(mvc.perform(post("/lacak/{code}/percakapan/kunci", code).with(session)
			.param("key", "2222-2222").with(csrf())).andDo(session).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select("#key-error").text()).isEqualTo("Kode pelacakan atau kunci akses tidak cocok.");

		mvc.perform(post("/lacak/{code}/percakapan/kunci", code).with(session).param("key", receipt[1]).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl("/lacak/" + code + "/percakapan"));
		Document tooMany = Jsoup.parse(mvc.perform(multipart("/lacak/{code}/percakapan", code).file(new MockMultipartFile(
				"attachments", "surat.docx", "application/msword", new byte[] { 'P', 'K', 3, 4 }))
			.param("text", "Surat keterangan desa terlampir.")
			.with(session)
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(tooMany.select("#text").text()).isEqualTo("Surat keterangan desa terlampir.");
		assertThat(tooMany.select(".invalid-feedback").text()).contains("surat.docx");

		mvc.perform(multipart("/lacak/{code}/percakapan", code).param("text", "Surat menyusul.").with(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/lacak/" + code + "/percakapan", session).select("#messages .from-citizen").text())
			.contains("Surat menyusul.");
	}

	@Test
	void theBrowserSessionKeepsProofOfTheKeyNeverTheKeyItself() throws Exception {
		String[] receipt = submit(null);
		String code = receipt[0];
		String key = receipt[1];
		BrowserSession session = new BrowserSession();
		page("/lacak/" + code + "/percakapan", session);

		mvc.perform(post("/lacak/{code}/percakapan/kunci", code).with(session).param("key", key.toLowerCase()).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl("/lacak/" + code + "/percakapan"));

		String stored = jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1))
			.list()
			.stream()
			.collect(Collectors.joining("\n"));
		assertThat(stored).as("the sessions were stored in the database").isNotEmpty();
		assertThat(stored).doesNotContain(key).doesNotContain(key.replace("-", ""))
			.doesNotContain(key.toLowerCase()).doesNotContain(key.replace("-", "").toLowerCase());
		assertThat(page("/lacak/" + code + "/percakapan", session).select("#messages")).as("the thread stays open")
			.hasSize(1);
		mvc.perform(multipart("/lacak/{code}/percakapan", code).param("text", "Masih belum cair.").with(session).with(csrf()))
			.andExpect(redirectedUrl("/lacak/" + code + "/percakapan#pesan-terakhir"));
	}

	@Test
	void whoMayNotSeeTheComplaintDoesNotSeeItsThreadAndTheHeadOnlyReads() throws Exception {
		long id = complaintId(submit(null)[0]);

		mvc.perform(get("/staf/pengaduan/{id}/percakapan", id).with(user(staff.unitOfficer("PFM"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staf/pengaduan/{id}/percakapan", id).param("text", "Halo").with(user(staff.head())).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kepala dinas dapat membaca percakapan")));
		assertThat(jdbc.sql("select count(*) from conversation_message m join conversation c on c.id = m.conversation_id where c.complaint_id = ?")
			.param(id).query(Long.class).single()).isZero();
	}

	private String[] submit(String email) throws Exception {
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "BPNT bulan ini belum cair",
				 "description": "Saldo KKS kami kosong sejak awal bulan, padahal tetangga sudah menerima.",
				 "complainant": {"name": "Rasmi Apeworen", "email": %s}}""".formatted(email == null ? "null" : "\"" + email + "\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.accessKey").isString())
			.andReturn().getResponse().getContentAsString();
		return new String[] { JsonPath.read(answer, "$.trackingCode"), JsonPath.read(answer, "$.accessKey") };
	}

	private long complaintId(String code) {
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
	}

	private Document page(String path, BrowserSession session) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(session)).andDo(session).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
