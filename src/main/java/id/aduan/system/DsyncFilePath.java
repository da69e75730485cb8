package id.aduan.system;

import java.io.IOException;
import java.nio.channels.FileChannel;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files opened for synchronous data writes ({@code O_DSYNC}), under the prefix {@code dsync:} of
 * the embedded default's URL ({@code jdbc:h2:dsync:./data/aduan}).
 * <p>
 * With {@code WRITE_DELAY=0} H2 writes every commit to its file before the commit returns, but only
 * into the operating system's cache: that survives the process being killed, not a power cut. H2 has
 * no setting that forces a commit to the disk, and no library offers one, so this wrapper opens the
 * data file in Java's {@code "rwd"} mode, where each write returns only once the disk has its data.
 * One commit is one write (a chunk), so a commit costs one disk flush, as in PostgreSQL. The cost on
 * intake is measured in {@code docs/benchmarks.md} ("Durability of the embedded default").
 */
public final class DsyncFilePath extends FilePathWrapper {

	public static final String SCHEME = "dsync";

	/** Makes the prefix known to H2; before the first connection, and as often as wanted. */
	public static void register() {
		FilePath.register(new DsyncFilePath());
	}

	@Override
	public String getScheme() {
		return SCHEME;
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return getBase().open("rw".equals(mode) ? "rwd" : mode);
	}
}
