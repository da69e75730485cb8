package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The public endpoints' parsing under a stream of garbled input from a seeded generator: random bytes,
 * valid requests with characters cut, doubled or swapped, fields of every wrong type, deep nesting,
 * odd content types, codes and dates that are not. Whatever arrives, the answer is never a server
 * error: people and programs get a 4xx that names the problem (or, for input that happens to be valid,
 * a success). Failures print the seed's case so that it can be replayed.
 */
@AduanTest
class PublicApiFuzzTest {

	static final long SEED = 20261129L;

	static final int CASES = 400;

	static final String VALID = """
			{"title": "Bantuan belum diterima", "description": "Kartu keluarga kami terdaftar tetapi bantuan belum diterima.",
			 "complainant": {"name": "Siti", "phone": "081234567890", "email": "siti@example.id", "address": "Desa Waelo"},
			 "anonymous": false, "confidential": false, "reportType": "PENGADUAN", "category": "BANSOS", "service": "L09",
			 "incidentDate": "2026-10-15", "incidentPlace": "Desa Waelo", "reference": "REF-1"}""";

	static final String[] FIELDS = { "title", "description", "complainant", "anonymous", "confidential", "reportType",
			"category", "service", "incidentDate", "incidentPlace", "reference", "score", "solved", "comment", "reason",
			"name", "phone", "email", "address", "__proto__", "" };

	static final String PUNCTUATION = "{}[]\",:\\0-e.";

	static final String[] CONTENT_TYPES = { "application/json", "application/json;charset=UTF-8",
			"application/json;charset=ISO-8859-1", "text/plain", "application/xml", "application/x-www-form-urlencoded",
			"multipart/form-data", "application/problem+json", "*/*", "application/json;charset=nonsense", "" };

	@Autowired
	MockMvc mvc;

	final Random random = new Random(SEED);

	final List<String> serverErrors = new ArrayList<>();

	int successes;

	@Test
	void garbledComplaintsNeverCauseAServerError() throws Exception {
		for (int i = 0; i < CASES; i++) {
			String body = body();
			String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
			send("POST complaint #" + i + " [" + type + "] " + body, () -> withType(post("/api/v1/public/complaints"), type, body));
		}
		assertThat(serverErrors).isEmpty();
		assertThat(successes).as("some garbled cases are still valid complaints").isPositive();
	}

	@Test
	void garbledRatingsDisputesAndCodesNeverCauseAServerError() throws Exception {
		for (int i = 0; i < CASES; i++) {
			String code = code();
			String body = body();
			String path = "/api/v1/public/complaints/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
			send("GET " + path, () -> get(path));
			send("POST rating " + path + " " + body, () -> withType(post(path + "/rating"), "application/json", body));
			send("POST dispute " + path + " " + body, () -> withType(post(path + "/dispute"), "application/json", body));
		}
		assertThat(serverErrors).isEmpty();
	}

	@Test
	void garbledCalendarQueriesNeverCauseAServerError() throws Exception {
		for (int i = 0; i < CASES; i++) {
			String from = date();
			String to = date();
			send("GET working-days " + from + " " + to,
					() -> get("/api/v1/calendar/working-days").param("from", from).param("to", to));
		}
		assertThat(serverErrors).isEmpty();
	}

	private void send(String description, Supplier<RequestBuilder> request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.get()).andReturn().getResponse();
		if (response.getStatus() >= 500) {
			serverErrors.add(response.getStatus() + " for " + abbreviate(description));
		}
		else if (response.getStatus() < 300) {
			successes++;
		}
	}

	private static RequestBuilder withType(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String type, String body) {
		if (!type.isEmpty()) {
			request.header("Content-Type", type);
		}
		return request.content(body.getBytes(StandardCharsets.UTF_8));
	}

	/** One of several kinds of wrong (or, now and then, right) bodies. */
	private String body() {
		return switch (random.nextInt(7)) {
			case 0 -> randomText(random.nextInt(200));
			case 1 -> mutate(VALID, 1 + random.nextInt(6));
			case 2 -> object(0);
			case 3 -> VALID.replace("\"" + FIELDS[random.nextInt(11)] + "\":", "\"" + FIELDS[random.nextInt(11)] + "\": " + value(0) + ", \"x\":");
			case 4 -> "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3000));
			case 5 -> random.nextBoolean() ? VALID : "{\"score\": " + value(0) + ", \"solved\": " + value(0) + ", \"reason\": " + value(0) + "}";
			default -> VALID.replace("Bantuan belum diterima", randomText(random.nextInt(300)).replace("\"", "'").replace("\\", "/"));
		};
	}

	private String mutate(String text, int times) {
		StringBuilder mutated = new StringBuilder(text);
		for (int i = 0; i < times && mutated.length() > 0; i++) {
			int at = random.nextInt(mutated.length());
			switch (random.nextInt(4)) {
				case 0 -> mutated.deleteCharAt(at);
				case 1 -> mutated.insert(at, PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
				case 2 -> mutated.setCharAt(at, (char) random.nextInt(0x3000));
				default -> mutated.insert(at, mutated.substring(at, Math.min(mutated.length(), at + random.nextInt(20))));
			}
		}
		return mutated.toString();
	}

	private String object(int depth) {
		StringBuilder json = new StringBuilder("{");
		int fields = random.nextInt(6);
		for (int i = 0; i < fields; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":").append(value(depth + 1));
		}
		return json.append('}').toString();
	}

	private String value(int depth) {
		return switch (depth > 4 ? random.nextInt(6) : random.nextInt(9)) {
			case 0 -> "null";
			case 1 -> random.nextBoolean() ? "true" : "false";
			case 2 -> Long.toString(random.nextLong());
			case 3 -> "1e" + random.nextInt(100000);
			case 4 -> "\"" + randomText(random.nextInt(50)).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
			case 5 -> "\"" + "x".repeat(random.nextInt(20000)) + "\"";
			case 6 -> "[" + value(depth + 1) + "," + value(depth + 1) + "]";
			case 7 -> object(depth);
			default -> "\"\\u" + String.format("%04x", random.nextInt(0x10000)) + "\"";
		};
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x20) : (char) (0x20 + random.nextInt(0x2fe0)));
		}
		return text.toString();
	}

	private String code() {
		return switch (random.nextInt(4)) {
			case 0 -> "ADU-" + randomText(4) + "-" + randomText(4);
			case 1 -> randomText(random.nextInt(40));
			case 2 -> "ADU-" + Integer.toString(random.nextInt(1 << 20), 36).toUpperCase() + "-ZZZZ";
			default -> "../".repeat(random.nextInt(5)) + "'; drop table complaint; --";
		};
	}

	private String date() {
		return switch (random.nextInt(4)) {
			case 0 -> (1 + random.nextInt(9999)) + "-" + random.nextInt(14) + "-" + random.nextInt(33);
			case 1 -> randomText(random.nextInt(12));
			case 2 -> String.format("%04d-%02d-%02d", 1900 + random.nextInt(300), 1 + random.nextInt(12), 1 + random.nextInt(28));
			default -> "";
		};
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}
}
