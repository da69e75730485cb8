package id.aduan.documents;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** The register of letter numbers on a real PostgreSQL server, with the same migrations as H2. */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class LetterNumberingOnPostgresTest extends LetterNumberingContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
