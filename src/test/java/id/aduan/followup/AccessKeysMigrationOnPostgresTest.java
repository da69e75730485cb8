package id.aduan.followup;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** {@link AccessKeysMigrationContract} with PostgreSQL's script, on a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
class AccessKeysMigrationOnPostgresTest extends AccessKeysMigrationContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Override
	String vendor() {
		return "postgresql";
	}
}
