package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.aduan.accounts.AccountManagement.AccountDraft;
import id.aduan.accounts.AccountManagement.OneTimeLogin;

/**
 * The refused login on a real server behind a proxy (the client's address from X-Forwarded-For): 429,
 * Retry-After, and the login page saying in Indonesian how long to wait, with a form to try again later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class LoginThrottlePageTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	/** The client the proxy names: an address of this test's own, the database being shared. */
	final String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);

	@Test
	void theTenthWrongPasswordGetsTheLoginPageSayingHowLongToWait() throws Exception {
		OneTimeLogin owner = accounts.create(new AccountDraft("kepala." + UUID.randomUUID().toString().substring(0, 6),
				"Kepala Dinas", null, Role.HEAD, null, true));
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = Jsoup.parse(browser.send(HttpRequest.newBuilder(url("/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();

		HttpResponse<String> answer = null;
		for (int i = 1; i <= 10; i++) {
			answer = browser.send(login(owner.account().username(), "tebakan-ke-" + i, token), HttpResponse.BodyHandlers.ofString());
		}

		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("#login-throttled").text()).startsWith("Terlalu banyak percobaan masuk yang gagal")
			.contains("Coba lagi dalam 15 menit");
		assertThat(page.select("form input[name=_csrf]").val()).isNotBlank();
		assertThat(browser.send(login(owner.account().username(), owner.password(), token), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(429);
	}

	private HttpRequest login(String username, String password, String token) {
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		return HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
