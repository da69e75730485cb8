package id.aduan.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** The audit chain on a real PostgreSQL server. */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class AuditChainOnPostgresTest extends AuditChainContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
