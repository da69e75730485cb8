package id.aduan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Without a management port, metrics stay on the application's port for the administrator only. */
@AduanTest
class MetricsAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Test
	void onlyTheAdministratorReadsMetricsOnTheApplicationPort() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/prometheus").with(user(staff.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(user(staff.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}
}
