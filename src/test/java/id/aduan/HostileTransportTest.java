package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.accounts.AccountManagement;
import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.Role;
import id.aduan.catalog.Catalog;

/**
 * Hostile input that only a real server sees: uploads past the server's multipart limit, a JSON body
 * that does not say how long it is, and sessions in the database that expired or never existed. Each
 * gets a clear answer and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class HostileTransportTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Catalog catalog;

	@Test
	void anUploadPastTheServersLimitIsRefusedAndStoresNothing() throws Exception {
		HttpClient browser = browser();
		String token = Jsoup.parse(text(browser, get("/pengaduan/baru"))).select("input[name=_csrf]").val();
		long before = complaints();
		byte[] photo = new byte[13 * 1024 * 1024];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, photo, 0, 8);

		HttpResponse<String> answer = browser.send(multipart("/pengaduan/baru", Map.of("_csrf", token, "title", "Foto sangat besar",
				"description", "Foto bukti yang melewati batas server."), "attachments", "besar.png", photo),
				HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("terlalu besar");
		assertThat(complaints()).isEqualTo(before);
	}

	@Test
	void aJsonBodyWithoutALengthIsCutOffAtTheCeiling() throws Exception {
		String huge = "{\"title\": \"Besar\", \"description\": \"" + "x".repeat(3_000_000) + "\"}";
		HttpRequest chunked = HttpRequest.newBuilder(url("/api/v1/public/complaints"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
			.build();
		long before = complaints();

		HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("paling besar 1024 KB");
		assertThat(complaints()).isEqualTo(before);
	}

	@Test
	void anExpiredSessionLeadsBackToTheLoginAndItsFormsChangeNothing() throws Exception {
		AccountManagement.OneTimeLogin account = accounts.create(new AccountDraft("koordinator.sesi", "Koordinator Sesi", null,
				Role.COORDINATOR, catalog.unitByCode("HUMAS").orElseThrow().id(), true));
		accounts.changePassword(account.account().id(), account.password(), "Sesi-yang-panjang-42", "Sesi-yang-panjang-42");
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String loginToken = Jsoup.parse(text(browser, get("/login"))).select("input[name=_csrf]").val();
		browser.send(form("/login", Map.of("username", "koordinator.sesi", "password", "Sesi-yang-panjang-42", "_csrf", loginToken)),
				HttpResponse.BodyHandlers.discarding());
		String inbox = text(browser, get("/staf/pengaduan/baru"));
		String formToken = Jsoup.parse(inbox).select("input[name=_csrf]").val();
		assertThat(formToken).isNotBlank();

		jdbc.sql("update spring_session set last_access_time = 0, expiry_time = 0 where principal_name = 'koordinator.sesi'").update();
		long before = complaints();

		HttpResponse<Void> page = browser.send(get("/staf/pengaduan"), HttpResponse.BodyHandlers.discarding());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");
		HttpResponse<Void> posted = browser.send(form("/staf/pengaduan/baru", Map.of("_csrf", formToken, "title", "Setelah sesi berakhir",
				"description", "Formulir dikirim setelah sesi berakhir.")), HttpResponse.BodyHandlers.discarding());
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(complaints()).isEqualTo(before);

		CookieManager invented = new CookieManager();
		HttpCookie session = new HttpCookie("SESSION", "YmVsdW0tcGVybmFoLWFkYQ");
		session.setPath("/");
		invented.getCookieStore().add(url("/"), session);
		HttpResponse<Void> guessed = HttpClient.newBuilder().cookieHandler(invented).build()
			.send(get("/staf/pengaduan"), HttpResponse.BodyHandlers.discarding());
		assertThat(guessed.statusCode()).isEqualTo(302);
		assertThat(guessed.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	private HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private String text(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(url(path)).build();
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private HttpRequest multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content)
			throws Exception {
		String boundary = "----aduan" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(url(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private long complaints() {
		return jdbc.sql("select count(*) from complaint").query(Long.class).single();
	}

}
