package id.aduan.reportaudit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The report texts under {@code src/test/resources/reportaudit}. */
final class Fixtures {

	/** The office's real semester report (seed 000_1ad44696ce8681a9), unchanged. */
	static final String SEED = "seed-report.txt";

	/** A report written here that adds up everywhere and is full of the traps a reader must not fall into. */
	static final String CLEAN = "clean-report.txt";

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/reportaudit/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException | NullPointerException missing) {
			throw new IllegalStateException("missing fixture " + name, missing);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

}
