package id.aduan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** On a fresh database Aduan creates one account per role and prints their one-time passwords. */
@SpringBootTest(properties = "aduan.accounts.first-run=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstRunAccountsTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstStartPrintsALoginForEveryRoleThatWorksOnce(CapturedOutput output) throws Exception {
		assertThat(accounts.all()).extracting(StaffAccount::role)
			.contains(Role.ADMIN, Role.COORDINATOR, Role.HELPDESK, Role.HEAD, Role.UNIT_OFFICER);
		assertThat(accounts.all()).allMatch(StaffAccount::mustChangePassword);

		Matcher line = Pattern.compile("^\\s+koordinator\\s+(\\S+)\\s", Pattern.MULTILINE).matcher(output.getOut());
		assertThat(line.find()).as("the coordinator's login is printed").isTrue();
		mvc.perform(formLogin().user("koordinator").password(line.group(1))).andExpect(authenticated());
		assertThat(output.getOut()).contains("Aduan siap di http://localhost:", "petugas.linjamsos");
	}
}
