package id.aduan.system;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Opens the embedded default database of a running Aduan to the command-line verbs on the same machine
 * ({@code report}, {@code backup}, {@code verify-audit} run by an office's nightly job), which could not
 * otherwise open it: an H2 file has one process at a time. Aduan starts H2's TCP server on a free
 * port, for this one database only (a random key stands for it, as in H2's own automatic mixed mode),
 * refusing connections from other machines, and writes the port and key beside the database
 * ({@link SharedDatabaseAddress}); a verb started with the same database settings finds them there and
 * connects through that server ({@link RunningAduan}).
 * <p>
 * H2's own {@code AUTO_SERVER=TRUE} does the same, but refuses to run with {@code DB_CLOSE_ON_EXIT=FALSE}
 * ("Feature not supported: AUTO_SERVER=TRUE && DB_CLOSE_ON_EXIT=FALSE", in {@code org.h2.engine.Database}),
 * and the embedded default needs that setting: the database is closed by Aduan's clean stop after the
 * running jobs have ended, not by H2's shutdown hook at the same moment. Durability is unchanged:
 * commits through the TCP server are written by the same database, with its {@code WRITE_DELAY=0} and
 * its {@code dsync:} files.
 * <p>
 * Lifecycle: started once the application is up (after Flyway), stopped first on a clean stop, when
 * the address file is removed. Only a web application shares its database; a verb holds it for
 * minutes and is not something to join.
 */
@Component
@ConditionalOnWebApplication
class EmbeddedDatabaseSharing implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSharing.class);

	private final DataSource dataSource;

	private Server server;

	private Path file;

	private SharedDatabaseAddress address;

	EmbeddedDatabaseSharing(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void start() {
		Optional<String> database = embeddedDatabase();
		Optional<Path> addressFile = database.flatMap(SharedDatabaseAddress::fileFor);
		if (addressFile.isEmpty()) {
			return;
		}
		byte[] secret = new byte[16];
		new SecureRandom().nextBytes(secret);
		String key = HexFormat.of().formatHex(secret);
		try {
			server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, database.get()).start();
			address = new SharedDatabaseAddress(server.getPort(), key, ProcessHandle.current().pid());
			address.writeTo(addressFile.get());
			file = addressFile.get();
		}
		catch (SQLException | RuntimeException failed) {
			log.warn("The command-line verbs cannot reach this database while Aduan runs ({}); they will refuse to run until it stops.",
					failed.getMessage());
			stopServer();
		}
	}

	/** The name H2 opened the database under ({@code dsync:/srv/aduan/data/aduan}), when it is an embedded file. */
	private Optional<String> embeddedDatabase() {
		try (Connection connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			if (url == null || !url.startsWith("jdbc:h2:") || SharedDatabaseAddress.fileFor(url).isEmpty()) {
				return Optional.empty();
			}
			try (Statement statement = connection.createStatement();
					ResultSet path = statement.executeQuery("call database_path()")) {
				return path.next() ? Optional.ofNullable(path.getString(1)) : Optional.empty();
			}
		}
		catch (SQLException | RuntimeException notH2) {
			return Optional.empty();
		}
	}

	@Override
	public synchronized void stop() {
		if (address != null && file != null) {
			address.removeFrom(file);
		}
		stopServer();
	}

	private void stopServer() {
		if (server != null) {
			server.stop();
		}
		server = null;
		address = null;
		file = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return server != null;
	}
}
