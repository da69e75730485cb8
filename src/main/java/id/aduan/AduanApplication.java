package id.aduan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Aduan, the complaint register of a public office. Each direct sub-package is one module of the
 * application; {@code ModuleStructureTest} keeps their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AduanApplication {

	public static void main(String[] args) {
		SpringApplication.run(AduanApplication.class, args);
	}
}
