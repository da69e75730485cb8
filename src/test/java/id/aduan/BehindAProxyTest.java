package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind an HTTPS reverse proxy that speaks plain HTTP to Aduan (the usual set-up), the proxy says
 * {@code X-Forwarded-Proto: https}; Aduan believes it from a proxy on an internal address (as this
 * test's client on 127.0.0.1 is) and then marks the session cookie {@code Secure}, so a browser never
 * sends it over plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class BehindAProxyTest {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSecureWhenTheProxySaysTheRequestWasHttps() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build());

		assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
	}

	@Test
	void theSessionCookieIsNotSecureOverPlainHttp() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build());

		assertThat(cookie).startsWith("SESSION=").doesNotContainIgnoringCase("Secure");
	}

	private static String sessionCookie(HttpRequest request) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
	}
}
