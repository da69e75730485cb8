package id.aduan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How a command-line verb starts Aduan in a test: without its web server, on an H2 file database of
 * its own in {@code dir}, so that one run's data is there for the next, as an office's nightly job
 * finds the last night's.
 */
public final class VerbApplication {

	private VerbApplication() {
	}

	public static Function<List<String>, ConfigurableApplicationContext> onFileDatabase(Path dir) {
		String url = "jdbc:h2:file:" + dir.resolve("aduan")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		return settings -> {
			List<String> all = new ArrayList<>(settings);
			all.add("--spring.datasource.url=" + url);
			return new SpringApplicationBuilder(AduanApplication.class).web(WebApplicationType.NONE)
				.profiles("test")
				.run(all.toArray(String[]::new));
		};
	}
}
