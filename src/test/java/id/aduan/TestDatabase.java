package id.aduan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database an Aduan instance of a test runs on: its JDBC URL and login, and the profile that goes
 * with it ({@code postgres} for PostgreSQL, none for H2).
 */
public record TestDatabase(String url, String user, String password, String profile) {

	/** A fresh H2 database in memory that outlives the instances using it, until the JVM ends. */
	public static TestDatabase h2() {
		return new TestDatabase("jdbc:h2:mem:aduan-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "aduan", "",
				null);
	}

	public boolean postgres() {
		return "postgres".equals(profile);
	}

	/** The command-line settings that point Aduan at this database. */
	public List<String> settings() {
		List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
		if (profile != null) {
			settings.add("--spring.profiles.active=" + profile);
		}
		return settings;
	}

	public java.sql.Connection connect() throws java.sql.SQLException {
		return java.sql.DriverManager.getConnection(url, user, password);
	}
}
