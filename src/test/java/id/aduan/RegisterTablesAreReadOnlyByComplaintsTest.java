package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The register's tables are read and written only by module {@code complaints}; every other module goes
 * through its published interfaces ({@code id.aduan.complaints} and {@code id.aduan.complaints.queries}).
 * {@link ModuleStructureTest} sees only Java types, not the table names inside SQL strings, so this test
 * reads the SQL: every string literal (text blocks included) of every class outside
 * {@code id.aduan.complaints}, and fails when one names a register table after {@code from}, {@code join},
 * {@code into}, {@code update} or {@code table}.
 * <p>
 * Which tables are the register's is not guessed: they are the tables {@code complaints}' own code writes,
 * and the test checks that this is exactly {@link #REGISTER_TABLES} and that each is created by a
 * migration, so a new table of the register is noticed. Two places reach the tables without naming them
 * and need no exception: {@code backup} copies every table through the JDBC metadata
 * ({@code "select * from " + table}), and the tally triggers of {@code db/vendor/postgresql} are SQL, not
 * Java, maintained with the migrations that create the tally ({@code complaint_tally}, which belongs to
 * {@code reports}).
 */
class RegisterTablesAreReadOnlyByComplaintsTest {

	/**
	 * The register: complaints ({@code Complaints}), their timelines ({@code Complaints}), their files
	 * ({@code Attachments}) and the complainants' verdicts ({@code Ratings}).
	 */
	static final Set<String> REGISTER_TABLES = Set.of("complaint", "complaint_event", "attachment", "complaint_rating");

	/**
	 * Tables module complaints also writes that are not the register: the staff's saved inbox views
	 * ({@code SavedFilters}) and the units' reply templates ({@code ReplyTemplates}). Listed, so that a new
	 * table written there is still noticed and sorted into one set or the other.
	 */
	static final Set<String> WORKSPACE_TABLES = Set.of("saved_filter", "reply_template");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path REGISTER = SOURCES.resolve("id/aduan/complaints");

	private static final Pattern NAMED = Pattern.compile(
			"\\b(from|join|into|update|table)\\s+(" + String.join("|", new TreeSet<>(REGISTER_TABLES)) + ")\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WRITTEN = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CREATED = Pattern.compile("\\bcreate\\s+table\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

	@Test
	void noOtherModulesSqlNamesTheRegistersTables() {
		List<String> found = new ArrayList<>();
		for (Path file : javaFiles(SOURCES)) {
			if (file.startsWith(REGISTER)) {
				continue;
			}
			for (Literal literal : StringLiterals.of(read(file))) {
				Matcher matcher = NAMED.matcher(literal.text());
				while (matcher.find()) {
					found.add(SOURCES.relativize(file) + ":" + literal.line() + " names " + matcher.group(2) + " ("
							+ matcher.group().replaceAll("\\s+", " ") + ")");
				}
			}
		}
		assertThat(found).as("SQL outside module complaints naming the register's tables; read them through "
				+ "id.aduan.complaints.queries instead").isEmpty();
	}

	@Test
	void theRegistersTablesAreTheTablesComplaintsWrites() {
		Set<String> written = new TreeSet<>();
		for (Path file : javaFiles(REGISTER)) {
			for (Literal literal : StringLiterals.of(read(file))) {
				Matcher matcher = WRITTEN.matcher(literal.text());
				while (matcher.find()) {
					written.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		Set<String> expected = new TreeSet<>(REGISTER_TABLES);
		expected.addAll(WORKSPACE_TABLES);
		assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
		Set<String> created = new TreeSet<>();
		for (Path migration : files(Path.of("src/main/resources/db/migration"), ".sql")) {
			Matcher matcher = CREATED.matcher(read(migration));
			while (matcher.find()) {
				created.add(matcher.group(1).toLowerCase(Locale.ROOT));
			}
		}
		assertThat(created).containsAll(REGISTER_TABLES);
	}

	@Test
	void theScannerFindsTablesInStringsAndTextBlocksButNotInComments() {
		String source = """
				class Example {
					// select * from complaint
					/** joins complaint_event on nothing */
					String a = "select id from complaint where id = ?";
					String b = \"""
							select 1
							from attachment a\""";
					char quote = '"';
					String c = "into \\" complaint_rating";
				}
				""";
		List<Literal> literals = StringLiterals.of(source);
		assertThat(literals).extracting(Literal::line).containsExactly(4, 5, 9);
		assertThat(literals.stream().filter(literal -> NAMED.matcher(literal.text()).find()))
			.extracting(Literal::line)
			.containsExactly(4, 5);
	}

	private static List<Path> javaFiles(Path root) {
		return files(root, ".java");
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** A string literal's content and the line it starts on. */
	record Literal(int line, String text) {
	}

	/**
	 * The string literals of a Java source, text blocks included, skipping comments and character
	 * literals. Escapes are kept as written: the test looks for words, which no escape forms.
	 */
	static final class StringLiterals {

		private StringLiterals() {
		}

		static List<Literal> of(String source) {
			List<Literal> literals = new ArrayList<>();
			int line = 1;
			int i = 0;
			int n = source.length();
			while (i < n) {
				char c = source.charAt(i);
				if (c == '\n') {
					line++;
					i++;
				}
				else if (source.startsWith("//", i)) {
					i = source.indexOf('\n', i);
					i = i < 0 ? n : i;
				}
				else if (source.startsWith("/*", i)) {
					int end = source.indexOf("*/", i + 2);
					end = end < 0 ? n : end + 2;
					line += count(source, i, end);
					i = end;
				}
				else if (source.startsWith("\"\"\"", i)) {
					int start = i + 3;
					int end = start;
					while (end < n && !source.startsWith("\"\"\"", end)) {
						end += source.charAt(end) == '\\' ? 2 : 1;
					}
					literals.add(new Literal(line, source.substring(start, Math.min(end, n))));
					line += count(source, i, Math.min(end, n));
					i = end + 3;
				}
				else if (c == '"' || c == '\'') {
					int end = i + 1;
					while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
						end += source.charAt(end) == '\\' ? 2 : 1;
					}
					if (c == '"') {
						literals.add(new Literal(line, source.substring(i + 1, Math.min(end, n))));
					}
					i = end + 1;
				}
				else {
					i++;
				}
			}
			return literals;
		}

		private static int count(String source, int from, int to) {
			int lines = 0;
			for (int i = from; i < to; i++) {
				if (source.charAt(i) == '\n') {
					lines++;
				}
			}
			return lines;
		}
	}
}
