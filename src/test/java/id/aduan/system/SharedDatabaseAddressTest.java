package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a running Aduan leaves the way in to its embedded database, and when a verb believes it. */
class SharedDatabaseAddressTest {

	@TempDir
	Path dir;

	@Test
	void theServerAndAVerbFindTheSameFileWhateverWayTheyNameTheDatabase() throws IOException {
		Path data = Files.createDirectories(dir.resolve("data"));
		Path link = Files.createSymbolicLink(dir.resolve("tautan"), data);
		Path expected = data.toRealPath().resolve("aduan" + SharedDatabaseAddress.SUFFIX);

		assertThat(SharedDatabaseAddress.fileFor("dsync:" + data.toRealPath() + "/aduan")).contains(expected);
		assertThat(SharedDatabaseAddress.fileFor("jdbc:h2:dsync:" + link + "/aduan;MODE=PostgreSQL;WRITE_DELAY=0"))
			.contains(expected);
		assertThat(SharedDatabaseAddress.fileFor("jdbc:h2:file:" + data + "/aduan")).contains(expected);
		assertThat(SharedDatabaseAddress.fileFor("jdbc:h2:" + data + "/aduan")).contains(expected);
	}

	@Test
	void aDatabaseThatIsNotALocalFileHasNoAddressFile() {
		assertThat(SharedDatabaseAddress.fileFor("jdbc:h2:mem:aduan;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(SharedDatabaseAddress.fileFor("jdbc:h2:tcp://localhost:9092/aduan")).isEmpty();
	}

	@Test
	void aRunningAduansAddressIsBelievedAndOneLeftByAKilledAduanIsNot() throws IOException {
		Path file = dir.resolve("aduan" + SharedDatabaseAddress.SUFFIX);
		try (ServerSocket listening = new ServerSocket(0)) {
			SharedDatabaseAddress running = new SharedDatabaseAddress(listening.getLocalPort(), "kunci",
					ProcessHandle.current().pid());
			running.writeTo(file);

			assertThat(SharedDatabaseAddress.readLive(file)).contains(running);
			assertThat(running.url()).isEqualTo("jdbc:h2:tcp://127.0.0.1:" + listening.getLocalPort() + "/kunci");
		}
		assertThat(SharedDatabaseAddress.readLive(file)).as("nobody listens on the port any more").isEmpty();

		new SharedDatabaseAddress(1, "kunci", Long.MAX_VALUE).writeTo(file);
		assertThat(SharedDatabaseAddress.readLive(file)).as("the process that wrote it is gone").isEmpty();
		assertThat(SharedDatabaseAddress.readLive(dir.resolve("tidak-ada"))).isEmpty();
	}

	@Test
	void aStopRemovesOnlyItsOwnAddress() {
		Path file = dir.resolve("aduan" + SharedDatabaseAddress.SUFFIX);
		SharedDatabaseAddress earlier = new SharedDatabaseAddress(1, "lama", 1);
		new SharedDatabaseAddress(2, "baru", 2).writeTo(file);

		earlier.removeFrom(file);
		assertThat(file).exists();

		new SharedDatabaseAddress(2, "baru", 2).removeFrom(file);
		assertThat(file).doesNotExist();
	}
}
