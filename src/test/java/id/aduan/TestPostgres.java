package id.aduan;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from Maven artifacts (no Docker,
 * no installation) on a free port, with a fresh database per Spring context.
 */
public final class TestPostgres {

	private static EmbeddedPostgres server;

	private static int databases;

	private TestPostgres() {
	}

	/** Points the Spring context at a new, empty database on the shared server. */
	public static void register(DynamicPropertyRegistry registry) {
		TestDatabase database = newDatabase();
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	/** A new, empty database on the shared server, for instances (or whole processes) a test starts itself. */
	public static synchronized TestDatabase newDatabase() {
		String database = "aduan_" + (++databases);
		try (var connection = server().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (java.sql.SQLException failed) {
			throw new IllegalStateException("Cannot create test database " + database, failed);
		}
		return new TestDatabase(server().getJdbcUrl("postgres", database), "postgres", "postgres", "postgres");
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException failed) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", failed);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; the server's directory is temporary
				}
			}));
		}
		return server;
	}
}
