package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The content security policy allows no inline script, style element, style attribute or event
 * handler attribute on pages, so none may be written into a page's template: the browser would silently
 * ignore it. Templates rendered only into PDF are not pages and keep theirs.
 */
class TemplatesWithoutInlineCodeTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Rendered by openhtmltopdf, never sent to a browser. */
	static final Set<String> PDF_ONLY = Set.of("documents/official.html", "coaching/documents/minutes.html",
			"coaching/documents/attendance.html", "reports/official-report.html", "tracking/receipt-pdf.html");

	static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>|<style\\b|\\s(?:th:)?style=|\\s(?:th:)?on[a-z]+=|javascript:",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noPageTemplateCarriesInlineScriptOrStyle() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
				if (PDF_ONLY.contains(name)) {
					continue;
				}
				Matcher matcher = INLINE.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(name + ": " + matcher.group().strip());
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
