package id.aduan.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.jayway.jsonpath.JsonPath;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;

/**
 * Open311 GeoReport v2 over real HTTP (Tomcat on a free port, the JDK's HTTP client), JSON and XML, and
 * every error the spec names: 400 for a missing or wrong parameter, 403 for a missing, unknown or
 * revoked api_key, 404 for an unknown service, request, token or jurisdiction. Also the public API's
 * Idempotency-Key over the wire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aduan.open311.jurisdiction-id=dinsos.burselkab.go.id")
@ActiveProfiles("test")
class Open311HttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	String key;

	@BeforeEach
	void key() {
		key = keys.issue("Aplikasi Satu Data", admin()).key();
	}

	@Test
	void discoveryAndServicesInJsonAndXml() throws Exception {
		HttpResponse<String> discovery = get("/open311/v2/discovery.json");
		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(discovery.body(), "$.endpoints[0].specification"))
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(xml(get("/open311/v2/discovery.xml")).select("discovery > endpoints > endpoint > formats > format")
			.eachText()).containsExactly("text/xml", "application/json");

		HttpResponse<String> services = get("/open311/v2/services.json");
		assertThat(services.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		List<String> codes = JsonPath.read(services.body(), "$[*].service_code");
		assertThat(codes).hasSize(44).contains("L01", "L44");
		assertThat((List<Boolean>) JsonPath.read(services.body(), "$[?(@.service_code == 'L06')].metadata")).containsExactly(true);
		assertThat((List<Boolean>) JsonPath.read(services.body(), "$[?(@.service_code == 'L01')].metadata")).containsExactly(false);
		Document servicesXml = xml(get("/open311/v2/services.xml"));
		assertThat(servicesXml.select("services > service")).hasSize(44);
		assertThat(servicesXml.select("service:has(service_code:containsOwn(L09)) > service_name").text())
			.isEqualTo("Bantuan Pangan Non Tunai (BPNT)");

		HttpResponse<String> definition = get("/open311/v2/services/L06.json");
		assertThat((String) JsonPath.read(definition.body(), "$.attributes[0].code")).isEqualTo("TAHAP");
		assertThat((List<String>) JsonPath.read(definition.body(), "$.attributes[0].values[*].key"))
			.containsExactly("I", "II", "III", "IV");
		Document definitionXml = xml(get("/open311/v2/services/L06.xml"));
		assertThat(definitionXml.select("service_definition > attributes > attribute > values > value > key").eachText())
			.containsExactly("I", "II", "III", "IV");
		assertThat((List<?>) JsonPath.read(get("/open311/v2/services/L01.json").body(), "$.attributes")).isEmpty();
	}

	@Test
	void everyErrorOfTheSpecIsAListOfCodeAndDescription() throws Exception {
		assertError(get("/open311/v2/services/L99.json"), 404, "service_code tidak ditemukan.");
		Document notFoundXml = xml(get("/open311/v2/services/L99.xml"));
		assertThat(notFoundXml.select("errors > error > code").text()).isEqualTo("404");
		assertThat(notFoundXml.select("errors > error > description").text()).isEqualTo("service_code tidak ditemukan.");
		assertError(get("/open311/v2/services.json?jurisdiction_id=kota.lain.go.id"), 404, "jurisdiction_id");
		assertError(get("/open311/v2/requests/999999999.json"), 404, "tidak ditemukan");
		assertError(get("/open311/v2/requests/abc.json"), 404, "tidak ditemukan");
		assertError(get("/open311/v2/tokens/tidak-ada.json"), 404, "Token tidak ditemukan.");
		assertError(get("/open311/v2/requests.json?start_date=kemarin"), 400, "start_date");
		assertError(get("/open311/v2/requests.json?status=pending"), 400, "Status pending tidak dikenal");
		assertError(get("/open311/v2/requests.json?page_size=5000"), 400, "page_size");
		assertError(get("/open311/v2/requests.json?start_date=2026-11-30&end_date=2026-11-01"), 400, "end_date");

		assertError(post("/open311/v2/requests.json", params("service_code", "L09", "lat", "-3.4", "long", "126.6",
				"description", "Bantuan BPNT bulan ini belum diterima.")), 403, "api_key");
		assertError(post("/open311/v2/requests.json", params("api_key", "aduan_salah", "service_code", "L09")), 403,
				"api_key");
		String revoked = keys.issue("Aplikasi lama", admin()).key();
		keys.revoke(keys.all().stream().filter(k -> revoked.startsWith(k.prefix()) && k.active()).findFirst().orElseThrow().id(),
				admin());
		assertError(post("/open311/v2/requests.json", params("api_key", revoked, "service_code", "L09")), 403, "api_key");

		HttpResponse<String> missing = post("/open311/v2/requests.json", params("api_key", key));
		assertThat(missing.statusCode()).isEqualTo(400);
		List<String> problems = JsonPath.read(missing.body(), "$[*].description");
		assertThat(problems).anyMatch(p -> p.startsWith("service_code: service_code wajib diisi"))
			.anyMatch(p -> p.startsWith("lat: Lokasi wajib diisi"))
			.anyMatch(p -> p.startsWith("description:"));
		assertThat((List<Integer>) JsonPath.read(missing.body(), "$[*].code")).containsOnly(400);

		assertError(post("/open311/v2/requests.json", params("api_key", key, "service_code", "L77", "lat", "-3.4",
				"long", "126.6", "description", "Layanan ini tidak ada di katalog.")), 400, "service_code L77");
		assertError(post("/open311/v2/requests.json", params("api_key", key, "service_code", "L09", "lat", "utara",
				"long", "126.6", "description", "Bantuan BPNT bulan ini belum diterima.")), 400, "lat: Bukan angka");
		HttpResponse<String> attribute = post("/open311/v2/requests.json", params("api_key", key, "service_code", "L06",
				"address_string", "Desa Sekat", "description", "Bantuan PKH tahap ini belum masuk rekening.",
				"attribute[NOMOR_KKS]", "1234", "attribute[WARNA]", "biru"));
		assertThat((List<String>) JsonPath.read(attribute.body(), "$[*].description"))
			.anyMatch(p -> p.startsWith("attribute[TAHAP]: Wajib diisi"))
			.anyMatch(p -> p.startsWith("attribute[WARNA]: Layanan ini tidak mengenal atribut WARNA"));
		assertError(post("/open311/v2/requests.json", params("api_key", key, "service_code", "L06", "address_string",
				"Desa Sekat", "description", "Bantuan PKH tahap ini belum masuk rekening.", "attribute[TAHAP]", "V")), 400,
				"Nilai V tidak sesuai");
		Document xmlError = xml(post("/open311/v2/requests.xml", params("api_key", key)));
		assertThat(xmlError.select("errors > error > code").eachText()).containsOnly("400");
		assertError(get("/open311/v2/services.csv"), 400, "Format csv");
	}

	@Test
	void aRequestIsPostedOnceFollowedByTokenAndIdAndListedWithoutConfidentialOnes() throws Exception {
		String idempotency = UUID.randomUUID().toString();
		Map<String, String> form = params("api_key", key, "service_code", "L06", "lat", "-3.391234", "long",
				"126.561234", "address_string", "Desa Waelo, Kecamatan Namrole", "description",
				"Bantuan PKH tahap IV belum masuk rekening KKS kami.", "attribute[TAHAP]", "IV", "first_name", "Muin",
				"last_name", "Souwakil", "email", "muin@example.id", "jurisdiction_id", "dinsos.burselkab.go.id");
		HttpResponse<String> created = post("/open311/v2/requests.json", form, idempotency);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$[0].service_request_id");
		String token = JsonPath.read(created.body(), "$[0].token");
		assertThat((String) JsonPath.read(created.body(), "$[0].service_notice")).matches(
				"Kode pelacakan ADU-[2-9A-Z]{4}-[2-9A-Z]{4}, kunci akses percakapan [2-9A-Z]{4}-[2-9A-Z]{4}\\..*");
		HttpResponse<String> again = post("/open311/v2/requests.json", form, idempotency);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat((String) JsonPath.read(again.body(), "$[0].service_request_id")).isEqualTo(id);
		assertThat((String) JsonPath.read(again.body(), "$[0].service_notice")).as("the access key is not kept")
			.matches("Kode pelacakan ADU-[2-9A-Z]{4}-[2-9A-Z]{4}\\. Ini jawaban ulang.*");
		assertThat(jdbc.sql("select count(*) from complaint where complainant_email = 'muin@example.id'")
			.query(Long.class).single()).isEqualTo(1);
		Map<String, String> changed = new java.util.HashMap<>(form);
		changed.put("description", "Isi lain dengan kunci yang sama harus ditolak.");
		HttpResponse<String> mismatch = post("/open311/v2/requests.json", changed, idempotency);
		assertThat(mismatch.statusCode()).isEqualTo(422);
		assertThat((String) JsonPath.read(mismatch.body(), "$[0].description")).contains("Idempotency-Key ini sudah dipakai");

		Map<String, Object> stored = jdbc.sql("""
				select ch.code channel, c.incident_place, c.description, c.complainant_name from complaint c
				join channel ch on ch.id = c.channel_id where c.id = ?""").param(Long.parseLong(id)).query().singleRow();
		assertThat(stored).containsEntry("channel", "API").containsEntry("incident_place", "Desa Waelo, Kecamatan Namrole")
			.containsEntry("complainant_name", "Muin Souwakil");
		assertThat((String) stored.get("description")).contains("Tahap penyaluran PKH yang dikeluhkan: Tahap IV (Oktober–Desember)");

		HttpResponse<String> byToken = get("/open311/v2/tokens/" + token + ".json");
		assertThat((String) JsonPath.read(byToken.body(), "$[0].service_request_id")).isEqualTo(id);
		assertThat(xml(get("/open311/v2/tokens/" + token + ".xml")).select("service_requests > request > token").text())
			.isEqualTo(token);

		HttpResponse<String> one = get("/open311/v2/requests/" + id + ".json");
		assertThat((String) JsonPath.read(one.body(), "$[0].status")).isEqualTo("open");
		assertThat((String) JsonPath.read(one.body(), "$[0].status_notes")).isEqualTo("Status Aduan: Diterima.");
		assertThat((String) JsonPath.read(one.body(), "$[0].extended_attributes.aduan_status")).isEqualTo("RECEIVED");
		assertThat((String) JsonPath.read(one.body(), "$[0].service_code")).isEqualTo("L06");
		assertThat((Double) JsonPath.read(one.body(), "$[0].lat")).isEqualTo(-3.391234);
		assertThat(one.body()).doesNotContain("Muin", "muin@example.id");
		Document oneXml = xml(get("/open311/v2/requests/" + id + ".xml"));
		assertThat(oneXml.select("service_requests > request > service_request_id").text()).isEqualTo(id);
		assertThat(oneXml.select("request > extended_attributes > aduan_status_label").text()).isEqualTo("Diterima");
		assertThat(oneXml.select("request > requested_datetime").text()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");

		String secret = publicComplaint(true);
		long secretId = jdbc.sql("select id from complaint where tracking_code = ?").param(secret).query(Long.class).single();
		assertError(get("/open311/v2/requests/" + secretId + ".json"), 404, "tidak ditemukan");
		List<String> listed = JsonPath.read(get("/open311/v2/requests.json?page_size=1000").body(), "$[*].service_request_id");
		assertThat(listed).contains(id).doesNotContain(String.valueOf(secretId));
		assertThat((List<String>) JsonPath.read(get("/open311/v2/requests.json?service_code=L06,L09&status=open").body(),
				"$[*].service_request_id")).contains(id);
		assertThat((List<String>) JsonPath.read(get("/open311/v2/requests.json?status=closed").body(),
				"$[*].service_request_id")).doesNotContain(id);
		assertThat((List<String>) JsonPath.read(get("/open311/v2/requests.json?end_date=2020-01-01").body(),
				"$[*].service_request_id")).isEmpty();
		assertThat((List<String>) JsonPath.read(get("/open311/v2/requests.json?service_request_id=" + id + "," + secretId)
			.body(), "$[*].service_request_id")).containsExactly(id);
		publicComplaint(false);
		List<String> first = JsonPath.read(get("/open311/v2/requests.json?page=1&page_size=1").body(), "$[*].service_request_id");
		List<String> second = JsonPath.read(get("/open311/v2/requests.json?page=2&page_size=1").body(), "$[*].service_request_id");
		assertThat(first).hasSize(1);
		assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
		assertThat(xml(get("/open311/v2/requests.xml?service_request_id=" + id)).select("service_requests > request")).hasSize(1);

		HttpResponse<String> xmlPost = post("/open311/v2/requests.xml", params("api_key", key, "service_code", "L09",
				"address_string", "Desa Sekat", "description", "BPNT bulan Oktober belum diterima seluruh KPM desa.",
				"attribute[BULAN]", "Oktober 2026"));
		assertThat(xmlPost.statusCode()).isEqualTo(201);
		assertThat(xml(xmlPost).select("service_requests > request > service_request_id").text()).matches("\\d+");
	}

	@Test
	void aRequestWhoseComplaintLostItsServiceIsStillShownAndFoundUnderTheServiceItWasSentWith() throws Exception {
		HttpResponse<String> created = post("/open311/v2/requests.json", params("api_key", key, "service_code", "L06",
				"address_string", "Desa Leksula", "description", "Bantuan PKH belum cair untuk dua keluarga.",
				"attribute[TAHAP]", "IV"));
		String id = JsonPath.read(created.body(), "$[0].service_request_id");
		// What a coordinator's classification without a service does to the register's row.
		jdbc.sql("update complaint set service_id = null where id = ?").param(Long.parseLong(id)).update();

		HttpResponse<String> one = get("/open311/v2/requests/" + id + ".json");
		assertThat((String) JsonPath.read(one.body(), "$[0].service_code")).isEqualTo("L06");
		List<String> name = JsonPath.read(get("/open311/v2/services.json").body(),
				"$[?(@.service_code == 'L06')].service_name");
		assertThat((String) JsonPath.read(one.body(), "$[0].service_name")).isEqualTo(name.get(0));
		assertThat((List<String>) JsonPath.read(get("/open311/v2/requests.json?service_code=L06&page_size=1000").body(),
				"$[*].service_request_id")).contains(id);
		assertThat((List<String>) JsonPath.read(get("/open311/v2/requests.json?service_code=L09&page_size=1000").body(),
				"$[*].service_request_id")).doesNotContain(id);
	}

	@Test
	void thePublicApiTakesAnIdempotencyKeyOverTheWire() throws Exception {
		String body = """
				{"title": "Rujukan ODGJ belum ditindaklanjuti",
				 "description": "Rujukan ODGJ dari puskesmas belum ditindaklanjuti sejak dua minggu lalu.",
				 "complainant": {"name": "Hanian Mahu", "email": "hanian@example.id"}}""";
		String idempotency = UUID.randomUUID().toString();
		HttpResponse<String> first = http.send(json("/api/v1/public/complaints", body, idempotency),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> second = http.send(json("/api/v1/public/complaints", body, idempotency),
				HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat((String) JsonPath.read(second.body(), "$.trackingCode")).isEqualTo(JsonPath.read(first.body(), "$.trackingCode"));
		assertThat((String) JsonPath.read(second.body(), "$.accessKey")).isNull();
		assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(jdbc.sql("select count(*) from complaint where complainant_email = 'hanian@example.id'")
			.query(Long.class).single()).isEqualTo(1);
	}

	private String publicComplaint(boolean confidential) throws Exception {
		String body = """
				{"title": "Pendampingan kasus kekerasan", "confidential": %s,
				 "description": "Mohon pendampingan untuk kasus kekerasan terhadap anak di lingkungan kami."}"""
			.formatted(confidential);
		HttpResponse<String> answer = http.send(json("/api/v1/public/complaints", body, null),
				HttpResponse.BodyHandlers.ofString());
		return JsonPath.read(answer.body(), "$.trackingCode");
	}

	private HttpRequest json(String path, String body, String idempotency) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotency != null) {
			request.header("Idempotency-Key", idempotency);
		}
		return request.build();
	}

	private void assertError(HttpResponse<String> response, int status, String description) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat((List<Integer>) JsonPath.read(response.body(), "$[*].code")).as(response.body()).contains(status);
		assertThat((List<String>) JsonPath.read(response.body(), "$[*].description")).as(response.body())
			.anyMatch(text -> text.contains(description));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		return post(path, form, null);
	}

	private HttpResponse<String> post(String path, Map<String, String> form, String idempotency) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotency != null) {
			request.header("Idempotency-Key", idempotency);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, String> params(String... pairs) {
		Map<String, String> params = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], pairs[i + 1]);
		}
		return params;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static Document xml(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/xml");
		assertThat(response.body()).startsWith("<?xml");
		return Jsoup.parse(response.body(), "", Parser.xmlParser());
	}

	private static Actor admin() {
		return new Actor(null, "Administrator Uji", Role.ADMIN, null);
	}
}
