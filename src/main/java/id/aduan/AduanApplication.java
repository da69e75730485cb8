package id.aduan;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import id.aduan.reportaudit.AuditCommand;

/**
 * Aduan, the complaint register of a public office. Each direct sub-package is one module of the
 * application; {@code ModuleStructureTest} keeps their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AduanApplication {

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
			default -> SpringApplication.run(AduanApplication.class, args);
		}
	}
}
