package id.aduan.ratelimit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A client past its limit gets 429 with Retry-After, in the right shape and language; others do not. */
@SpringBootTest(properties = { "aduan.rate-limit.enabled=true", "aduan.rate-limit.submissions-per-minute=3",
		"aduan.rate-limit.reads-per-minute=5" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RateLimitTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aClientPastItsSubmissionLimitIsToldToWaitInIndonesian() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/api/v1/public/complaints").with(from("192.0.2.10")).contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isUnprocessableContent());
		}
		mvc.perform(post("/api/v1/public/complaints").with(from("192.0.2.10")).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.title").value("Terlalu banyak permintaan"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("coba lagi dalam")));
		mvc.perform(post("/api/v1/public/complaints").with(from("192.0.2.11")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void open311AndPagesGetTheirOwnShapeAndEnglishWhenAskedFor() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/open311/v2/services.xml").with(from("192.0.2.20"))).andExpect(status().isOk());
		}
		mvc.perform(get("/open311/v2/services.xml").with(from("192.0.2.20")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("<errors><error><code>429</code>")));
		mvc.perform(get("/open311/v2/services.json").with(from("192.0.2.20")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$[0].code").value(429));
		mvc.perform(get("/lacak").param("lang", "en").with(from("192.0.2.20")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many requests")));
		mvc.perform(get("/").with(from("192.0.2.20"))).andExpect(status().isOk());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
