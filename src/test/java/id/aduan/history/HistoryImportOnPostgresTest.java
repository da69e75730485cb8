package id.aduan.history;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** The history import on PostgreSQL, where the report counts from the tally its trigger keeps. */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class HistoryImportOnPostgresTest extends HistoryImportContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
