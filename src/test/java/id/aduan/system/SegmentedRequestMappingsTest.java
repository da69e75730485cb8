package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The indexed handler lookup answers every request exactly as Spring's own lookup does: the same
 * handler, the same path variables, the same 404, 405 and 406, the literal path before the pattern and
 * the more specific pattern before the wider one.
 */
class SegmentedRequestMappingsTest {

	@RestController
	@RequestMapping("/api/items")
	static class Items {

		@GetMapping("/{id}")
		String item(@PathVariable String id) {
			return "item " + id;
		}

		@GetMapping("/special")
		String special() {
			return "special";
		}

		@GetMapping(path = "/{id}", produces = "text/csv")
		String csv(@PathVariable String id) {
			return "csv " + id;
		}

		@PostMapping("/{id}")
		String change(@PathVariable String id) {
			return "changed " + id;
		}

		@GetMapping("/{id}/notes/{note}")
		String note(@PathVariable String id, @PathVariable String note) {
			return "note " + note + " of " + id;
		}
	}

	@RestController
	static class Wider {

		@GetMapping("/")
		String home() {
			return "home";
		}

		@GetMapping("/api/**")
		String anything() {
			return "anything under api";
		}

		@GetMapping("/pages/{a}/{b}")
		String page(@PathVariable String a, @PathVariable String b) {
			return "page " + a + "/" + b;
		}
	}

	private record Call(HttpMethod method, String path, String accept) {
	}

	private static final List<Call> CALLS = List.of(new Call(HttpMethod.GET, "/api/items/7", null),
			new Call(HttpMethod.GET, "/api/items/special", null), new Call(HttpMethod.GET, "/api/items/7", "text/csv"),
			new Call(HttpMethod.GET, "/api/items/7", "application/pdf"), new Call(HttpMethod.POST, "/api/items/7", null),
			new Call(HttpMethod.PUT, "/api/items/7", null), new Call(HttpMethod.DELETE, "/api/items/special", null),
			new Call(HttpMethod.GET, "/api/items/7/notes/3", null), new Call(HttpMethod.GET, "/api/other/thing", null),
			new Call(HttpMethod.GET, "/pages/x/y", null), new Call(HttpMethod.GET, "/pages/x", null),
			new Call(HttpMethod.GET, "/nowhere/at/all", null), new Call(HttpMethod.GET, "/", null));

	private final SegmentedRequestMappings mappings = new SegmentedRequestMappings();

	private final MockMvc segmented = MockMvcBuilders.standaloneSetup(new Items(), new Wider())
		.setCustomHandlerMapping(() -> mappings)
		.build();

	private final MockMvc spring = MockMvcBuilders.standaloneSetup(new Items(), new Wider())
		.setCustomHandlerMapping(RequestMappingHandlerMapping::new)
		.build();

	@Test
	void everyRequestIsAnsweredAsSpringsOwnLookupAnswersIt() throws Exception {
		for (Call call : CALLS) {
			assertThat(answer(segmented, call)).as(call.method() + " " + call.path()).isEqualTo(answer(spring, call));
		}
	}

	@Test
	void aPathWithVariablesFindsItsHandlerAndTheLiteralPathWinsOverThePattern() throws Exception {
		assertThat(answer(segmented, new Call(HttpMethod.GET, "/api/items/7/notes/3", null))).isEqualTo("200 note 3 of 7");
		assertThat(answer(segmented, new Call(HttpMethod.GET, "/api/items/special", null))).isEqualTo("200 special");
		assertThat(answer(segmented, new Call(HttpMethod.GET, "/api/other/thing", null)))
			.isEqualTo("200 anything under api");
		assertThat(answer(segmented, new Call(HttpMethod.PUT, "/api/items/7", null))).startsWith("405");
		assertThat(answer(segmented, new Call(HttpMethod.GET, "/nowhere/at/all", null))).startsWith("404");
	}

	@Test
	void patternsAreIndexedByTheirFirstSegmentAndLiteralPathsAreLeftToSpringsMap() throws Exception {
		answer(segmented, new Call(HttpMethod.GET, "/", null));

		assertThat(mappings.indexedSegments()).containsExactlyInAnyOrder("api", "pages");
	}

	@Test
	void theFirstSegmentOfAPath() {
		assertThat(SegmentedRequestMappings.firstSegment("/api/v1/public")).isEqualTo("api");
		assertThat(SegmentedRequestMappings.firstSegment("/lacak")).isEqualTo("lacak");
		assertThat(SegmentedRequestMappings.firstSegment("/")).isEmpty();
	}

	private static String answer(MockMvc mvc, Call call) throws Exception {
		MockHttpServletRequestBuilder builder = request(call.method(), call.path());
		if (call.accept() != null) {
			builder.accept(MediaType.parseMediaType(call.accept()));
		}
		MvcResult result = mvc.perform(builder).andReturn();
		String allow = result.getResponse().getHeader("Allow");
		return result.getResponse().getStatus() + " " + result.getResponse().getContentAsString()
				+ (allow == null ? "" : " allow=" + allow);
	}
}
