package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator's tools see on a running instance: public liveness and readiness, Prometheus
 * metrics on the management port but not for anyone on the application's port, and a request id in
 * every answer that is the caller's when it is sensible and a fresh one otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class ObservabilityTest {

	static final int MANAGEMENT_PORT = freePort();

	@DynamicPropertySource
	static void managementPort(DynamicPropertyRegistry registry) {
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
		registry.add("management.server.address", () -> "127.0.0.1");
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void livenessAndReadinessArePublic() throws Exception {
		for (String probe : new String[] { "/livez", "/readyz" }) {
			HttpResponse<String> health = get(port, probe, null);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}
		for (String probe : new String[] { "liveness", "readiness" }) {
			assertThat(get(MANAGEMENT_PORT, "/actuator/health/" + probe, null).body()).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void metricsAreScrapedOnTheManagementPortAndHiddenOnTheApplicationPort() throws Exception {
		get(port, "/api/v1/public/complaints/ADU-0000-0000", null);

		HttpResponse<String> scrape = get(MANAGEMENT_PORT, "/actuator/prometheus", null);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds_count")
			.contains("hikaricp_connections_active")
			.contains("aduan_registration_batch_count")
			.contains("aduan_registration_waiting");

		HttpResponse<String> outside = get(port, "/actuator/prometheus", null);
		assertThat(outside.statusCode()).isNotEqualTo(200);
		assertThat(outside.body()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void aSensibleRequestIdIsEchoedAndAnythingElseReplaced() throws Exception {
		assertThat(get(port, "/", "lb-7f3a.42").headers().firstValue("X-Request-Id")).contains("lb-7f3a.42");

		HttpResponse<String> replaced = get(port, "/", "a".repeat(65));
		assertThat(replaced.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{32}");
		assertThat(get(port, "/", null).headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{32}");
	}

	@Test
	void anApiErrorNamesItsRequestIdForTheHelpDesk() throws Exception {
		HttpResponse<String> missing = get(port, "/api/v1/public/complaints/ADU-0000-0000", "tanya-42");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("\"requestId\":\"tanya-42\"");
	}

	private HttpResponse<String> get(int port, String path, String requestId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failed) {
			throw new IllegalStateException(failed);
		}
	}
}
