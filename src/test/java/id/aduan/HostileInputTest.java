package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.complaints.Classification;
import id.aduan.complaints.ComplaintHandling;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;

/**
 * What people who mean harm (or make mistakes on purpose) send, and what they get: a clear 4xx or a
 * harmless rendering, and never a change. Script in every text field is stored exactly as typed and
 * shown as text; SQL is only text; a file's path tricks leave a plain name; oversized and malformed
 * bodies, XML and entity bombs are refused; a missing or forged CSRF token, and an officer guessing
 * another unit's complaint, change nothing. (Limits that only a real server enforces, and expired
 * sessions in the database, are in {@link HostileTransportTest}.)
 */
@AduanTest
class HostileInputTest {

	static final String SCRIPT = "<script>alert('aduan')</script>";

	static final String ATTRIBUTE = "\"><img src=x onerror=alert('aduan')>";

	static final String SQL = "Robert'); DROP TABLE complaint; --";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	ComplaintHandling handling;

	@Autowired
	Catalog catalog;

	@Test
	void scriptInEveryTextFieldIsStoredAsTypedAndShownOnlyAsText() throws Exception {
		String code = submit(Map.of("title", SCRIPT, "description", ATTRIBUTE + " " + SCRIPT, "name", ATTRIBUTE,
				"address", SCRIPT, "place", ATTRIBUTE, "reference", "javascript:alert('aduan')"));
		Map<String, Object> stored = jdbc.sql("""
				select id, title, description, complainant_name, complainant_address, incident_place, channel_reference
				from complaint where tracking_code = ?""").param(code).query().singleRow();
		assertThat(stored).containsEntry("title", SCRIPT)
			.containsEntry("description", ATTRIBUTE + " " + SCRIPT)
			.containsEntry("complainant_name", ATTRIBUTE)
			.containsEntry("complainant_address", SCRIPT)
			.containsEntry("incident_place", ATTRIBUTE)
			.containsEntry("channel_reference", "javascript:alert('aduan')");
		long id = ((Number) stored.get("id")).longValue();
		StaffPrincipal coordinator = staff.coordinator();

		for (Document page : List.of(page(get("/lacak/" + code)), page(get("/staf/pengaduan/" + id).with(user(coordinator))),
				page(get("/staf/pengaduan").param("q", code).with(user(coordinator))))) {
			assertThat(page.select("script").outerHtml()).doesNotContain("alert('aduan')");
			assertThat(page.select("img[onerror]")).isEmpty();
			assertThat(page.select("a[href^=javascript]")).isEmpty();
			assertThat(page.text()).contains(SCRIPT);
		}
		assertThat(page(get("/staf/pengaduan/" + id).with(user(coordinator))).text()).contains(ATTRIBUTE);
	}

	@Test
	void sqlInTextsAndSearchesIsOnlyText() throws Exception {
		String code = submit(Map.of("title", SQL, "description", "' OR '1'='1' -- " + SQL));
		assertThat(jdbc.sql("select title from complaint where tracking_code = ?").param(code).query(String.class).single())
			.isEqualTo(SQL);

		Document found = page(get("/staf/pengaduan").param("q", "'); DROP TABLE complaint; --").with(user(staff.coordinator())));
		assertThat(found.text()).contains(code);
		Document none = page(get("/staf/pengaduan").param("q", "' OR 1=1 --").with(user(staff.coordinator())));
		assertThat(none.text()).doesNotContain(code);
		mvc.perform(get("/api/v1/public/complaints/ADU' OR '1'='1")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isPositive();
	}

	@Test
	void pathTricksInFileNamesLeaveAPlainName() throws Exception {
		long before = complaints();
		mvc.perform(multipart("/pengaduan/baru").file(new MockMultipartFile("attachments", "../../../etc/passwd.png", "image/png", PNG))
			.file(new MockMultipartFile("attachments", "..\\..\\Windows\\system32\\bukti.png", "image/png", PNG))
			.file(new MockMultipartFile("attachments", "<script>x</script>.png", "image/png", PNG))
			.param("title", "Berkas dengan nama aneh")
			.param("description", "Berkas bukti terlampir dengan nama yang aneh.")
			.param("complainant.name", "Penguji Berkas")
			.param("complainant.email", "berkas@example.id")
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(complaints()).isEqualTo(before + 1);
		long complaint = jdbc.sql("select max(id) from complaint").query(Long.class).single();
		List<String> names = jdbc.sql("select file_name from attachment where complaint_id = ? order by id").param(complaint)
			.query(String.class).list();
		assertThat(names).containsExactly("passwd.png", "bukti.png", "script_.png");
		long attachment = jdbc.sql("select min(id) from attachment where complaint_id = ?").param(complaint).query(Long.class).single();
		mvc.perform(get("/staf/pengaduan/" + complaint + "/lampiran/" + attachment).with(user(staff.coordinator())))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("passwd.png")))
			.andExpect(header().string("Content-Disposition", Matchers.not(Matchers.containsString(".."))));
	}

	@Test
	void oversizedBodiesAndFilesAreRefusedAndStoreNothing() throws Exception {
		long before = complaints();
		String huge = "{\"title\": \"Besar\", \"description\": \"" + "x".repeat(2_000_000) + "\"}";
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("terlalu besar")));
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content(
				"{\"title\": \"Panjang\", \"description\": \"" + "x".repeat(10_001) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("description")));

		byte[] large = new byte[6 * 1024 * 1024];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		mvc.perform(multipart("/pengaduan/baru").file(new MockMultipartFile("attachments", "besar.png", "image/png", large))
			.param("title", "Foto besar")
			.param("description", "Foto bukti yang terlalu besar untuk diterima.")
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("besar.png")));
		assertThat(complaints()).isEqualTo(before);
	}

	@Test
	void malformedJsonXmlAndEntityBombsAreRefusedCleanly() throws Exception {
		long before = complaints();
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"tanpa akhir"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_XML).content(BOMB))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("application/json")));
		mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.TEXT_XML).content(BOMB))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_XML).content(BOMB))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(Matchers.containsString("<errors>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("lol"))));
		assertThat(complaints()).isEqualTo(before);

		long started = System.nanoTime();
		mvc.perform(multipart("/api/v1/report-audits").file(new MockMultipartFile("file", "bom.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxWith(BOMB))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the bomb is not expanded").isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void aMissingOrForgedCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		long id = complaintRoutedTo("LINJAMSOS");
		StaffPrincipal coordinator = staff.coordinator();
		long events = events(id);
		long before = complaints();

		mvc.perform(post("/staf/pengaduan/" + id + "/catatan").param("note", "tanpa token").with(user(coordinator)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staf/pengaduan/" + id + "/catatan").param("note", "token palsu").with(user(coordinator))
			.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		mvc.perform(post("/pengaduan/baru").param("title", "Tanpa token").param("description", "Formulir dikirim tanpa token CSRF."))
			.andExpect(status().isForbidden());

		assertThat(events(id)).isEqualTo(events);
		assertThat(complaints()).isEqualTo(before);
	}

	@Test
	void anOfficerGuessingAnotherUnitsComplaintFindsNothingAndChangesNothing() throws Exception {
		long id = complaintRoutedTo("LINJAMSOS");
		StaffPrincipal stranger = staff.unitOfficer("REHSOS");
		long events = events(id);
		long attachment = jdbc.sql("select min(id) from attachment").query(Long.class).single();

		mvc.perform(get("/staf/pengaduan/" + id).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/staf/pengaduan/" + id + "/catatan").param("note", "saya menebak").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staf/pengaduan/" + id + "/jawab").param("answer", "jawaban tebakan").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staf/pengaduan/" + id + "/lampiran/" + attachment).with(user(stranger))).andExpect(status().isNotFound());
		assertThat(page(get("/staf/pengaduan").param("q", code(id)).with(user(stranger))).text()).doesNotContain(code(id));

		assertThat(events(id)).isEqualTo(events);
	}

	/** A billion laughs: ten levels of ten entities each, a few gigabytes once expanded. */
	static final String BOMB;

	static {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
		for (int level = 1; level <= 9; level++) {
			xml.append(" <!ENTITY lol").append(level).append(" \"");
			for (int i = 0; i < 10; i++) {
				xml.append("&lol").append(level == 1 ? "" : level - 1).append(';');
			}
			xml.append("\">\n");
		}
		BOMB = xml.append("]>\n<lolz>&lol9;</lolz>").toString();
	}

	private static byte[] docxWith(String documentXml) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
			put(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
			put(zip, "word/document.xml", documentXml);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private String submit(Map<String, String> texts) throws Exception {
		String body = """
				{"title": %s, "description": %s, "complainant": {"name": %s, "address": %s, "email": "uji@example.id"},
				 "incidentPlace": %s, "reference": %s}""".formatted(json(texts.get("title")), json(texts.get("description")),
				json(texts.getOrDefault("name", "Penguji")), json(texts.getOrDefault("address", "Desa Waelo")),
				json(texts.getOrDefault("place", "Namrole")), json(texts.getOrDefault("reference", "REF")));
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.trackingCode");
	}

	private long complaintRoutedTo(String unit) throws Exception {
		String code = submit(Map.of("title", "Pengaduan untuk " + unit, "description", "Pengaduan yang sudah didisposisikan."));
		long id = jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
		handling.verify(id, null, new Classification(catalog.itemByCode(ReferenceList.REPORT_TYPE, "PENGADUAN").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.FORM, "A").orElseThrow().id(),
				catalog.itemByCode(ReferenceList.CATEGORY, "BANSOS").orElseThrow().id(), null),
				catalog.unitByCode(unit).orElseThrow().id(), null, staff.coordinator().actor());
		jdbc.sql("""
				insert into attachment (complaint_id, purpose, file_name, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
				values (?, 'EVIDENCE', 'bukti.png', 'image/png', 12, 'x', ?, current_timestamp, 'Penguji')""")
			.params(id, PNG).update();
		return id;
	}

	private String code(long id) {
		return jdbc.sql("select tracking_code from complaint where id = ?").param(id).query(String.class).single();
	}

	private long events(long id) {
		return jdbc.sql("select count(*) from complaint_event where complaint_id = ?").param(id).query(Long.class).single();
	}

	private long complaints() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
