package id.aduan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.flywaydb.core.Flyway;

/**
 * A database as releases before the single migration order left it: migrated to V35.1, then given the
 * office logo's migration as it was released, V16, out of order, and holding a logo. The migration's
 * text is kept here as it was, so that the tests upgrade and restore the database those releases made.
 */
final class ReleaseWithLogoAtV16 {

	/** The highest version such a release had applied before it took V16. */
	static final String HIGHEST_VERSION = "35.1";

	static final byte[] LOGO = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3 };

	private static final String V16 = """
			create table office_logo (
			    id           int          primary key,
			    content      bytea        not null,
			    content_type varchar(20)  not null,
			    sha256       varchar(64)  not null,
			    uploaded_at  timestamp with time zone not null,
			    uploaded_by  varchar(200) not null
			);
			""";

	private ReleaseWithLogoAtV16() {
	}

	static TestDatabase prepare(TestDatabase database) {
		String vendor = database.postgres() ? "postgresql" : "h2";
		try {
			Path released = Files.createTempDirectory("aduan-v16");
			Files.writeString(released.resolve("V16__office_logo.sql"), V16);
			Flyway.configure()
				.dataSource(database.url(), database.user(), database.password())
				.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
				.target(HIGHEST_VERSION)
				.load()
				.migrate();
			Flyway.configure()
				.dataSource(database.url(), database.user(), database.password())
				.locations("classpath:db/migration", "classpath:db/vendor/" + vendor, "filesystem:" + released)
				.outOfOrder(true)
				.target(HIGHEST_VERSION)
				.load()
				.migrate();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		try (Connection connection = database.connect();
				PreparedStatement insert = connection.prepareStatement("""
						insert into office_logo (id, content, content_type, sha256, uploaded_at, uploaded_by)
						values (1, ?, 'image/png', 'abc', ?, 'admin')""")) {
			insert.setBytes(1, LOGO);
			insert.setObject(2, OffsetDateTime.parse("2026-11-02T08:00:00+07:00"));
			insert.executeUpdate();
		}
		catch (SQLException failed) {
			throw new IllegalStateException(failed);
		}
		return database;
	}
}
