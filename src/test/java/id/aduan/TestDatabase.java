package id.aduan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A database an Aduan instance of a test runs on: its JDBC URL and login, the profile that goes
 * with it ({@code postgres} for PostgreSQL, none for H2), and for the embedded default the directory
 * Aduan is started in ({@code home}, else null).
 */
public record TestDatabase(String url, String user, String password, String profile, Path home) {

	public TestDatabase(String url, String user, String password, String profile) {
		this(url, user, password, profile, null);
	}

	/** A fresh H2 database in memory that outlives the instances using it, until the JVM ends. */
	public static TestDatabase h2() {
		return new TestDatabase("jdbc:h2:mem:aduan-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "aduan", "",
				null);
	}

	/**
	 * The embedded default exactly as a new office gets it: Aduan started in {@code home} with no
	 * database setting at all. The URL (for the test's own look at the files afterwards) is the one
	 * {@code application.properties} gives, with its relative {@code ./data} made absolute.
	 */
	public static TestDatabase embeddedDefault(Path home) {
		Properties application = new Properties();
		try (InputStream in = TestDatabase.class.getResourceAsStream("/application.properties")) {
			application.load(in);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		String url = application.getProperty("spring.datasource.url")
			.replace("./data/", home.toAbsolutePath() + "/data/");
		return new TestDatabase(url, application.getProperty("spring.datasource.username"),
				application.getProperty("spring.datasource.password", ""), null, home);
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
