package id.aduan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ControlCharactersContract} on a real PostgreSQL, which refuses a NUL outright. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
class ControlCharactersOnPostgresTest extends ControlCharactersContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
