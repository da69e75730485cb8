package id.aduan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One Aduan instance a test starts itself on a database of its choosing, as an operator would start
 * one more behind a load balancer: its own beans, pool, clock and (with {@link #web}) web server on a
 * free port, sharing nothing with other instances but the database.
 */
public final class AduanInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private AduanInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Without a web server: for commands and jobs. */
	public static AduanInstance start(TestDatabase database, String... settings) {
		return start(database, new Class<?>[0], settings);
	}

	/** Without a web server, with test beans from {@code sources}. */
	public static AduanInstance start(TestDatabase database, Class<?>[] sources, String... settings) {
		return new AduanInstance(builder(sources).web(WebApplicationType.NONE).run(arguments(database, settings)));
	}

	/** With a web server on a free port and sessions in the database; {@code sources} may add test beans. */
	public static AduanInstance web(TestDatabase database, Class<?>[] sources, String... settings) {
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(List.of(settings));
		return new AduanInstance(builder(sources).web(WebApplicationType.SERVLET)
			.run(arguments(database, all.toArray(String[]::new))));
	}

	/** The same quiet defaults as the tests' profile: no first-run accounts, no jobs unless asked. */
	private static SpringApplicationBuilder builder(Class<?>[] sources) {
		Class<?>[] all = new Class<?>[sources.length + 1];
		all[0] = AduanApplication.class;
		System.arraycopy(sources, 0, all, 1, sources.length);
		return new SpringApplicationBuilder(all).logStartupInfo(false)
			.properties("aduan.accounts.first-run=false", "aduan.followup.jobs-enabled=false",
					"aduan.audit.sealing=false", "management.health.mail.enabled=false", "aduan.rate-limit.enabled=false",
					"logging.level.org.springframework.web=WARN");
	}

	private static String[] arguments(TestDatabase database, String... settings) {
		List<String> all = new ArrayList<>(database.settings());
		all.addAll(List.of(settings));
		return all.toArray(String[]::new);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public JdbcClient jdbc() {
		return context.getBean(JdbcClient.class);
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	/** Stops the instance without closing it, as the test framework pauses a context it is not using. */
	public void pause() {
		context.stop();
	}

	@Override
	public void close() {
		context.close();
	}
}
