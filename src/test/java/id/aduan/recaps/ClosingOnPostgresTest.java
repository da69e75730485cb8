package id.aduan.recaps;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** The closing contract on a real PostgreSQL, where the live counts come from the tally its trigger keeps. */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class ClosingOnPostgresTest extends ClosingContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
