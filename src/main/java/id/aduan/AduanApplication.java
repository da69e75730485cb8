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

import id.aduan.audit.VerifyAuditCommand;
import id.aduan.backup.BackupCommands;
import id.aduan.demo.DemoCommand;
import id.aduan.history.ImportHistoryCommand;
import id.aduan.reportaudit.AuditCommand;
import id.aduan.reports.ReportCommand;
import id.aduan.system.DsyncFilePath;

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
	 * win over the files and the environment just as they do for the server.
	 */
	static ConfigurableApplicationContext withoutWeb(List<String> settings) {
		return new SpringApplicationBuilder(AduanApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("aduan.accounts.first-run=false", "aduan.followup.jobs-enabled=false",
					"aduan.audit.sealing=false", "logging.level.root=WARN",
					"logging.level.org.flywaydb.core.internal.database.base.Database=ERROR")
			.run(settings.toArray(String[]::new));
	}

	/**
	 * Command-line verbs first: {@code audit} needs neither Spring nor a database and must start in a
	 * second, so it is dispatched before Spring starts. Verbs that need the application ({@code report},
	 * {@code verify-audit}, {@code backup}, {@code restore}) start it without its web server; anything
	 * else starts the web application.
	 */
	public static void main(String[] args) {
		String verb = args.length == 0 ? "" : args[0];
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		switch (verb) {
			case "audit" -> AuditCommand.main(rest);
			case "report" -> System.exit(ReportCommand.run(rest, AduanApplication::withoutWeb, System.out, System.err));
			case "backup" -> System.exit(BackupCommands.backup(rest, AduanApplication::withoutWeb, System.out, System.err));
			case "restore" -> System.exit(BackupCommands.restore(rest, AduanApplication::withoutWeb, System.out, System.err));
			case "import-history" -> System.exit(ImportHistoryCommand.run(rest, AduanApplication::withoutWeb, System.out, System.err));
			case "demo" -> System.exit(DemoCommand.run(rest, AduanApplication::withoutWeb, System.out, System.err));
			case "verify-audit" -> System.exit(VerifyAuditCommand.run(rest, AduanApplication::withoutWeb, System.out, System.err));
			default -> SpringApplication.run(AduanApplication.class, args);
		}
	}
}
