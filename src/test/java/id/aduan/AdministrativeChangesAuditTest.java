package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.aduan.accounts.StaffPrincipal;

/**
 * Not only complaints: the administrator's changes that decide who may do what and where reminders
 * go (accounts, work units and their email, reference items) are in the audit trail too, with who
 * made them, and never with a password.
 */
@AduanTest
class AdministrativeChangesAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void accountsUnitsAndReferenceItemsChangedByTheAdministratorAreInTheTrail() throws Exception {
		StaffPrincipal admin = staff.admin();
		String username = "petugas." + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/akun/baru").with(user(admin)).with(csrf())
			.param("username", username)
			.param("displayName", "Petugas Baru")
			.param("role", "UNIT_OFFICER")
			.param("unitId", String.valueOf(staff.unitId("REHSOS")))
			.param("active", "true")).andExpect(status().isOk());
		long account = jdbc.sql("select id from staff_account where username = ?").param(username).query(Long.class).single();
		mvc.perform(post("/admin/akun/{id}/reset", account).with(user(admin)).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/admin/unit/{id}", staff.unitId("TAGANA")).with(user(admin)).with(csrf())
			.param("name", "Taruna Siaga Bencana")
			.param("parentId", String.valueOf(staff.unitId("LINJAMSOS")))
			.param("email", "tagana@dinsos.example.go.id")
			.param("sortOrder", "40")
			.param("active", "true"));

		List<Map<String, Object>> accountLines = lines("staff_account", String.valueOf(account));
		assertThat(accountLines).extracting(line -> line.get("action"))
			.containsExactly("ACCOUNT_CREATED", "ACCOUNT_PASSWORD_RESET");
		assertThat(accountLines).allSatisfy(line -> {
			assertThat(line.get("actor")).isEqualTo(admin.displayName());
			assertThat((String) line.get("detail")).contains(username).doesNotContainIgnoringCase("password");
		});
		assertThat(lines("work_unit", String.valueOf(staff.unitId("TAGANA")))).last().satisfies(line -> {
			assertThat(line.get("action")).isEqualTo("WORK_UNIT_CHANGED");
			assertThat(line.get("actor")).isEqualTo(admin.username());
			assertThat((String) line.get("detail")).contains("tagana@dinsos.example.go.id");
		});
	}

	private List<Map<String, Object>> lines(String subjectType, String subjectId) {
		return jdbc.sql("select actor, action, detail from audit_entry where subject_type = ? and subject_id = ? order by id")
			.params(subjectType, subjectId)
			.query()
			.listOfRows();
	}
}
