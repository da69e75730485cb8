package id.aduan.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a running Aduan lets the command-line verbs reach its embedded database: a small file beside
 * the database ({@code data/aduan.server.properties} for {@code data/aduan.mv.db}) naming the loopback
 * port of H2's TCP server inside Aduan, the key that stands for the database on that server, and the
 * process that wrote it. Readable by its owner only, like the database file: the key opens the
 * database. A file left behind by a killed Aduan is recognised as such (the process is gone or the
 * port does not answer) and ignored; the next start writes it anew.
 */
record SharedDatabaseAddress(int port, String key, long pid) {

	static final String SUFFIX = ".server.properties";

	/** H2's file-system prefixes ({@code dsync:}, {@code file:}, {@code nio:}); two letters or more, unlike a drive. */
	private static final Pattern FILE_SYSTEM_PREFIX = Pattern.compile("^[a-zA-Z][a-zA-Z0-9]+:");

	/**
	 * The address file of an H2 database given by its name ({@code dsync:./data/aduan}, with or without
	 * {@code jdbc:h2:} and settings), or empty for a database that is not a local file.
	 */
	static Optional<Path> fileFor(String database) {
		String name = database.startsWith("jdbc:h2:") ? database.substring("jdbc:h2:".length()) : database;
		int settings = name.indexOf(';');
		name = settings < 0 ? name : name.substring(0, settings);
		if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")
				|| name.startsWith("memFS:") || name.startsWith("memLZF:")) {
			return Optional.empty();
		}
		while (FILE_SYSTEM_PREFIX.matcher(name).find()) {
			name = name.substring(name.indexOf(':') + 1);
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		Path path = Path.of(name).toAbsolutePath().normalize();
		Path directory = path.getParent();
		try {
			// The same file whichever way the directory is reached (a symbolic link, ./data or the full path).
			if (directory != null && Files.isDirectory(directory)) {
				path = directory.toRealPath().resolve(path.getFileName());
			}
		}
		catch (IOException unreachable) {
			// as written
		}
		return Optional.of(path.resolveSibling(path.getFileName() + SUFFIX));
	}

	/** The running Aduan's address in {@code file}, if the file is there and that Aduan still answers on it. */
	static Optional<SharedDatabaseAddress> readLive(Path file) {
		if (!Files.isReadable(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			SharedDatabaseAddress address = new SharedDatabaseAddress(Integer.parseInt(properties.getProperty("port")),
					properties.getProperty("key"), Long.parseLong(properties.getProperty("pid")));
			return address.answers() ? Optional.of(address) : Optional.empty();
		}
		catch (IOException | RuntimeException unusable) {
			return Optional.empty();
		}
	}

	/** The JDBC URL of the running Aduan's database, through its TCP server. */
	String url() {
		return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + key;
	}

	/** Written aside and moved in place, so that a verb never reads half a file. */
	void writeTo(Path file) {
		Properties properties = new Properties();
		properties.setProperty("port", Integer.toString(port));
		properties.setProperty("key", key);
		properties.setProperty("pid", Long.toString(pid));
		try {
			Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
			try {
				ownerOnly(partial);
				try (OutputStream out = Files.newOutputStream(partial)) {
					properties.store(out, "Aduan is running on this database; its command-line verbs connect here.");
				}
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** Removes {@code file} if it still holds this address (and not that of an Aduan started since). */
	void removeFrom(Path file) {
		Properties properties = new Properties();
		try {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
			if (key.equals(properties.getProperty("key"))) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException gone) {
			// nothing to remove
		}
	}

	private boolean answers() {
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			return false;
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			return true;
		}
		catch (IOException refused) {
			return false;
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the file inherits the data directory's access list, as the database file does.
		}
	}
}
