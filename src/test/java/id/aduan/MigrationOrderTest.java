package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every database, whatever release it comes from, goes through the migrations in one order: each
 * version belongs to one migration on each database, the out-of-order switch stays off, and a
 * database that applied the office logo's migration as V16 (before the versions were put in one order)
 * upgrades to V36 without an error and without losing its logo.
 */
class MigrationOrderTest {

	static final List<String> VENDORS = List.of("h2", "postgresql");

	@Test
	void eachVersionBelongsToOneMigrationOnEachDatabase() throws IOException {
		for (String vendor : VENDORS) {
			List<Resource> migrations = new ArrayList<>(migrations("db/migration"));
			migrations.addAll(migrations("db/vendor/" + vendor));
			Map<MigrationVersion, List<String>> byVersion = migrations.stream()
				.collect(Collectors.groupingBy(MigrationOrderTest::version, TreeMap::new,
						Collectors.mapping(Resource::getFilename, Collectors.toList())));
			assertThat(byVersion).as("migrations sharing a version on " + vendor)
				.allSatisfy((version, files) -> assertThat(files).as("V" + version).hasSize(1));
			assertThat(byVersion).as("migrations found for " + vendor).hasSizeGreaterThan(20);
		}
	}

	@Test
	void databaseSpecificMigrationsComeInPairsSoBothDatabasesHaveTheSameVersions() throws IOException {
		assertThat(versions("db/vendor/h2")).isEqualTo(versions("db/vendor/postgresql"));
	}

	@Test
	void migrationsAreNeverAppliedOutOfOrder() throws IOException {
		for (Resource settings : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:application*.properties")) {
			Properties properties = new Properties();
			try (InputStream in = settings.getInputStream()) {
				properties.load(in);
			}
			if (settings.getFilename().equals("application.properties")) {
				assertThat(properties.getProperty("spring.flyway.out-of-order")).isEqualTo("false");
				assertThat(properties.getProperty("spring.flyway.ignore-migration-patterns")).contains("*:missing");
			}
			else {
				assertThat(properties).as(settings.getFilename()).doesNotContainKey("spring.flyway.out-of-order");
			}
		}
	}

	@Test
	void anH2DatabaseThatAppliedTheOfficeLogoAsV16UpgradesAndKeepsItsLogo() {
		upgradesAndKeepsItsLogo(ReleaseWithLogoAtV16.prepare(TestDatabase.h2()));
	}

	@Test
	void aPostgresDatabaseThatAppliedTheOfficeLogoAsV16UpgradesAndKeepsItsLogo() {
		upgradesAndKeepsItsLogo(ReleaseWithLogoAtV16.prepare(TestPostgres.newDatabase()));
	}

	private static void upgradesAndKeepsItsLogo(TestDatabase database) {
		try (AduanInstance aduan = AduanInstance.start(database)) {
			assertThat(aduan.jdbc().sql("select content from office_logo where id = 1").query(byte[].class).single())
				.isEqualTo(ReleaseWithLogoAtV16.LOGO);
			assertThat(aduan.jdbc()
				.sql("select version from flyway_schema_history where success and version in ('16', '36') order by installed_rank")
				.query(String.class)
				.list()).as("V16 from the earlier release, then V36 run as a no-op").containsExactly("16", "36");
		}
		try (AduanInstance again = AduanInstance.start(database)) {
			assertThat(again.jdbc().sql("select count(*) from office_logo").query(Long.class).single())
				.as("a second start validates and changes nothing").isEqualTo(1);
		}
	}

	private static List<Resource> migrations(String location) throws IOException {
		return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:" + location + "/V*__*.sql"));
	}

	private static List<MigrationVersion> versions(String location) throws IOException {
		return migrations(location).stream().map(MigrationOrderTest::version).sorted().toList();
	}

	private static MigrationVersion version(Resource migration) {
		String name = migration.getFilename();
		return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'));
	}
}
