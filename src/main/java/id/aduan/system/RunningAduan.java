package id.aduan.system;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets a command-line verb work while Aduan runs on the same embedded database, as an office's nightly
 * job does: when the configured database is an H2 file that a running Aduan shares
 * ({@link EmbeddedDatabaseSharing}), the verb's database URL becomes that Aduan's TCP server, before
 * anything connects. Otherwise (PostgreSQL, no Aduan running, a file left by a killed one) nothing
 * changes and the verb opens the database itself. Added to the verbs' application only, never to
 * the server's.
 */
public final class RunningAduan implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** Set to {@code true} in a verb's environment when it reaches the database through a running Aduan. */
	public static final String JOINED = "aduan.commands.through-running-aduan";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return;
		}
		SharedDatabaseAddress.fileFor(url)
			.flatMap(SharedDatabaseAddress::readLive)
			.ifPresent(running -> environment.getPropertySources()
				.addFirst(new MapPropertySource("running-aduan",
						Map.of("spring.datasource.url", running.url(), JOINED, "true"))));
	}

	/** Whether the verb whose environment this is reaches its database through a running Aduan. */
	public static boolean joined(org.springframework.core.env.Environment environment) {
		return environment.getProperty(JOINED, Boolean.class, false);
	}
}
