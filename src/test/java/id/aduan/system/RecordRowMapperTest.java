package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import id.aduan.TestDatabase;
import id.aduan.TestPostgres;

/**
 * Snake-case columns fill a record's components on H2 and PostgreSQL alike, and on H2 without a single
 * exception in its trace file (which Spring's own record mapping fills, one exception per column).
 */
class RecordRowMapperTest {

	enum Colour {
		RED, GREEN
	}

	record Row(long id, int sortOrder, Long parentId, boolean active, String displayName, Colour colour,
			LocalDate receivedOn, Instant recordedAt) {
	}

	record Unmatched(long id, String nickname) {
	}

	@TempDir
	static Path directory;

	static Stream<TestDatabase> databases() {
		return Stream.of(new TestDatabase("jdbc:h2:file:" + directory.resolve("rows").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "aduan", "", null), TestPostgres.newDatabase());
	}

	@ParameterizedTest
	@MethodSource("databases")
	void fillsEachComponentFromTheColumnOfItsSnakeCaseName(TestDatabase database) throws Exception {
		try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.connect(), true)) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			jdbc.sql("""
					create table sample (id bigint, sort_order int, parent_id bigint, active boolean, display_name varchar(50),
					                     colour varchar(10), received_on date, recorded_at timestamp with time zone)""")
				.update();
			jdbc.sql("insert into sample values (1, 3, null, true, 'Satu', 'RED', date '2026-11-30', ?), "
					+ "(2, 1, 1, false, null, null, null, null)")
				.param(DatabaseTime.of(Instant.parse("2026-11-30T01:02:03Z")))
				.update();

			List<Row> rows = jdbc.sql("select * from sample order by id").query(RecordRowMapper.of(Row.class)).list();

			assertThat(rows).containsExactly(
					new Row(1, 3, null, true, "Satu", Colour.RED, LocalDate.of(2026, 11, 30),
							Instant.parse("2026-11-30T01:02:03Z")),
					new Row(2, 1, 1L, false, null, null, null, null));
			assertThatThrownBy(() -> jdbc.sql("select id from sample").query(RecordRowMapper.of(Unmatched.class)).list())
				.isInstanceOf(InvalidDataAccessApiUsageException.class)
				.hasMessageContaining("nickname");
		}
		if (!database.postgres()) {
			assertThat(Files.exists(directory.resolve("rows.trace.db"))).as("H2's trace file exists").isFalse();
		}
	}

	/**
	 * Spring's mapping by class ({@code .query(SomeRecord.class)}) asks for each column under its
	 * camel-case name first, so every query for a record goes through {@link RecordRowMapper}; a class
	 * alone stays for one-column results, which are read by position.
	 */
	@Test
	void everyQueryForARecordMapsItsColumnsWithoutAskingForMissingOnes() throws IOException {
		Set<String> oneColumn = Set.of("Long", "Integer", "String", "Boolean", "BigDecimal", "LocalDate", "UUID");
		Pattern byClass = Pattern.compile("\\.query\\(\\s*([\\w.]+)\\.class\\s*\\)");
		List<String> probing = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher query = byClass.matcher(Files.readString(source));
				while (query.find()) {
					if (!oneColumn.contains(query.group(1))) {
						probing.add(source.getFileName() + ": " + query.group());
					}
				}
			}
		}
		assertThat(probing).as("queries mapping a record by Spring's probing mapper").isEmpty();
	}
}
