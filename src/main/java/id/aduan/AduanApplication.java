package id.aduan;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.system.DsyncFilePath;
import id.aduan.system.RunningAduan;

/**
 * Aduan, the complaint register of a public office. Each direct sub-package is one module of the
 * application; {@code ModuleStructureTest} keeps their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AduanApplication {

	static {
		// The embedded default's URL names H2 files opened for synchronous writes; H2 must know the
		// prefix before any connection, whichever way Aduan starts (server, verb or test).
		DsyncFilePath.register();
	}

	/** Aduan on its configured database, without web server, jobs or first-run accounts: for commands. */
	static ConfigurableApplicationContext withoutWeb() {
		return withoutWeb(List.of());
	}

	/**
	 * The same with settings from the command line ({@code --spring.profiles.active=postgres}), which
	 * win over the files and the environment just as they do for the server. On the embedded default
	 * while Aduan runs, the verb reaches the database through the running Aduan ({@link RunningAduan}).
	 * A failure to start is the verb's to explain in one line: Spring's and the pool's own reports of
	 * it (a stack trace of a hundred lines) are switched off.
	 */
	static ConfigurableApplicationContext withoutWeb(List<String> settings) {
		return new SpringApplicationBuilder(AduanApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.listeners(new RunningAduan())
			.properties("aduan.accounts.first-run=false", "aduan.followup.jobs-enabled=false",
					"aduan.audit.sealing=false", "logging.level.root=WARN",
					"logging.level.org.flywaydb.core.internal.database.base.Database=ERROR",
					"logging.level.org.springframework.boot.SpringApplication=OFF",
					"logging.level.org.springframework.boot.diagnostics=OFF", "logging.level.com.zaxxer.hikari=OFF",
					"logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR")
			.run(settings.toArray(String[]::new));
	}

	/**
	 * The server, or a command-line verb ({@link CommandLine}): {@code audit} needs neither Spring nor a
	 * database and starts in a second; the verbs that need the application start it without its web
	 * server ({@link #withoutWeb}).
	 */
	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		OptionalInt verb = new CommandLine(CommandLine.verbs(), AduanApplication::withoutWeb).run(args, out, err);
		if (verb.isPresent()) {
			System.exit(verb.getAsInt());
		}
		SpringApplication.run(AduanApplication.class, args);
	}
}
