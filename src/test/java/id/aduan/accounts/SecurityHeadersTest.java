package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.aduan.Staff;

/**
 * Every answer tells the browser what the page may load (nothing inline, nothing from elsewhere), who
 * may frame it (Aduan itself; the chat widget's page also the office's configured websites, never any
 * site), not to pass the address on to other sites, and that no page needs camera, microphone or
 * location.
 */
@SpringBootTest(properties = "aduan.conversations.frame-ancestors=https://dinsos.example.go.id https://www.example.go.id")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void everyPageAndAnswerCarriesTheContentSecurityReferrerAndPermissionsPolicies() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/"), get("/pengaduan/baru"), get("/lacak"),
				get("/login"), get("/staf/pengaduan").with(user(staff.coordinator())),
				get("/api/v1/public/complaints/ADU-AAAA-2222"), get("/open311/v2/services.json"))) {
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			String csp = response.getHeader("Content-Security-Policy");
			assertThat(csp).as("on %s", request).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
					"object-src 'none'", "frame-ancestors 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=(self)");
		}
	}

	@Test
	void imagesMayComeFromTheMapsTileServerOnThePagesPeopleUseOnly() throws Exception {
		String form = mvc.perform(get("/pengaduan/baru")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(form).contains("img-src 'self' data: https://tile.openstreetmap.org;");
		String api = mvc.perform(get("/open311/v2/services.json")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(api).contains("img-src 'self' data:;");
		assertThat(SecurityConfiguration.tileOrigin("http://peta.example.go.id:8080/tiles/{z}/{x}/{y}.png"))
			.isEqualTo(" http://peta.example.go.id:8080");
		assertThat(SecurityConfiguration.tileOrigin("")).isEmpty();
		assertThat(SecurityConfiguration.tileOrigin("javascript:alert(1)/")).isEmpty();
	}

	@Test
	void onlyTheApiDocumentationMayUseInlineStylesAndStillNoInlineScript() throws Exception {
		String csp = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self';", "style-src 'self' 'unsafe-inline';", "frame-ancestors 'self'");
	}

	@Test
	void theChatWidgetsPageMayBeFramedByTheConfiguredSitesOnly() throws Exception {
		MockHttpServletResponse widget = mvc.perform(get("/percakapan/widget")).andReturn().getResponse();
		assertThat(widget.getHeader("Content-Security-Policy"))
			.endsWith("frame-ancestors https://dinsos.example.go.id https://www.example.go.id")
			.contains("script-src 'self';");
		assertThat(widget.getHeader("X-Frame-Options")).isNull();
		assertThat(widget.getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}
}
