package id.aduan;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.reportaudit.AuditCommand;
import id.aduan.reports.ReportCommand;

/**
 * Aduan, the complaint register of a public office. Each direct sub-package is one module of the
 * application; {@code ModuleStructureTest} keeps their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AduanApplication {

	/** Aduan on its configured database, without web server, jobs or first-run accounts: for commands. */
	static ConfigurableApplicationContext withoutWeb() {
		return new SpringApplicationBuilder(AduanApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("aduan.accounts.first-run=false", "aduan.followup.jobs-enabled=false",
					"logging.level.root=WARN")
			.run();
	}

	/**
	 * Command-line verbs first: {@code audit} needs neither Spring nor a database and must start in a
	 * second, so it is dispatched before Spring starts. A verb that needs the application (a future
	 * {@code report}) is one more case that calls {@code SpringApplication.run}; anything else starts
	 * the web application.
	 */
	public static void main(String[] args) {
		String verb = args.length == 0 ? "" : args[0];
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		switch (verb) {
			case "audit" -> AuditCommand.main(rest);
			case "report" -> System.exit(ReportCommand.run(rest, AduanApplication::withoutWeb, System.out, System.err));
			default -> SpringApplication.run(AduanApplication.class, args);
		}
	}
}
