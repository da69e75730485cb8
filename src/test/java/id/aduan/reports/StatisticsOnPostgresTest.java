package id.aduan.reports;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;

/** Shares the PostgreSQL context with the register's contract (same configuration). */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class StatisticsOnPostgresTest extends StatisticsContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
