package id.aduan.complaints;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/**
 * The register's contract on a real PostgreSQL server, with the same Flyway migrations as H2 and the
 * {@code postgres} profile a deployment uses (its URL pointed at the test server).
 */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class ComplaintStoreOnPostgresTest extends ComplaintStoreContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
