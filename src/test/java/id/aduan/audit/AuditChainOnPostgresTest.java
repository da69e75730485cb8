package id.aduan.audit;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** The audit chain on a real PostgreSQL server, with the audit module on its own (see the H2 twin). */
@ApplicationModuleTest(extraIncludes = "system", webEnvironment = WebEnvironment.NONE)
@ActiveProfiles({ "test", "postgres" })
class AuditChainOnPostgresTest extends AuditChainContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
