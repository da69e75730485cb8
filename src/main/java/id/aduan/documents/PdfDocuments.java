package id.aduan.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an official document to PDF: a Thymeleaf template (under {@code templates/}, written as
 * well-formed XHTML) is filled in Indonesian and laid out by openhtmltopdf on A4 with the Liberation
 * Serif font embedded, so that the document looks the same on every computer and printer.
 * <p>
 * A template includes {@code documents/official :: head(title)} in its {@code <head>} for the shared
 * stylesheet, and uses {@code documents/official :: letterhead(${letterhead})} and
 * {@code documents/official :: signature(${signatory}, ${placeAndDate})}. Tables with class
 * {@code grid} repeat their {@code <thead>} on every page. Images can be given as {@code data:} URIs.
 * Usage: {@code pdf.render("coaching/documents/minutes", Map.of("letterhead", official.letterhead(), ...))}.
 */
@Component
public class PdfDocuments {

	/** The font family the shared stylesheet asks for; its files are embedded in every PDF. */
	public static final String FONT_FAMILY = "Liberation Serif";

	private record Font(byte[] bytes, int weight, FontStyle style) {
	}

	static {
		// openhtmltopdf tells every stylesheet and font it loads at INFO; keep its warnings only.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ITemplateEngine templates;

	private final OfficialDocuments official;

	private final List<Font> fonts;

	private final String stylesheet;

	PdfDocuments(ITemplateEngine templates, OfficialDocuments official) {
		this.templates = templates;
		this.official = official;
		this.fonts = List.of(font("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
				font("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
				font("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
				font("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));
		this.stylesheet = new String(resource("documents/official.css"), StandardCharsets.UTF_8);
	}

	/**
	 * The PDF of a template. The model is what the template reads; {@code letterhead} (the office's
	 * current kop surat) and {@code officialStyle} (the shared stylesheet) are added when absent.
	 */
	public byte[] render(String template, Map<String, ?> model) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.putIfAbsent("letterhead", official.letterhead());
		variables.putIfAbsent("officialStyle", stylesheet);
		variables.putIfAbsent("unbroken", UNBROKEN);
		String html = withoutControlCharacters(
				templates.process(template, new Context(OfficialDocuments.LANGUAGE, variables)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("Aduan");
			for (Font font : fonts) {
				builder.useFont(() -> new ByteArrayInputStream(font.bytes()), FONT_FAMILY, font.weight(), font.style(),
						true);
			}
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException("Cannot render " + template + " to PDF", failed);
		}
		return out.toByteArray();
	}

	/** The {@code unbroken} helper every template gets. */
	private static final Unbroken UNBROKEN = new Unbroken();

	/**
	 * Text as HTML in which addresses, web addresses, e-mails and abbreviated degrees never break inside
	 * ("lapor.go." / "id", "S." / "Sos" would otherwise split at the full stop): every word with a
	 * full stop, slash or at sign between two letters or digits is kept on one line. Templates write
	 * {@code th:utext="${unbroken.html(text)}"}; the text is escaped here. The "; dan" that closes the
	 * last item but one stays with the word before it, so that "dan" never stands alone on a line.
	 */
	public static final class Unbroken {

		private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

		/** "…; dan" at the end of a list item, with the word before it: never "dan" alone on a line. */
		private static final java.util.regex.Pattern LAST_AND = java.util.regex.Pattern.compile("[^\\s>]+; dan$");

		private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern
			.compile(".*[\\p{L}\\p{N}][./@][\\p{L}\\p{N}].*");

		public String html(String text) {
			if (text == null) {
				return "";
			}
			java.util.regex.Matcher word = WORD.matcher(text);
			StringBuilder html = new StringBuilder();
			int last = 0;
			while (word.find()) {
				html.append(xml(text.substring(last, word.start())));
				String escaped = xml(word.group());
				html.append(JOINED.matcher(word.group()).matches() ? "<span class=\"nobreak\">" + escaped + "</span>"
						: escaped);
				last = word.end();
			}
			html.append(xml(text.substring(last)));
			String joined = html.toString();
			java.util.regex.Matcher end = LAST_AND.matcher(joined);
			return end.find() ? joined.substring(0, end.start()) + "<span class=\"nobreak\">" + end.group() + "</span>"
					: joined;
		}

		/** The page is XML: only XML's own entities, never HTML's named ones ("&ndash;"). */
		private static String xml(String text) {
			return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		}
	}

	/**
	 * A document is XML (the page openhtmltopdf reads, and a DOCX), which forbids control characters;
	 * text pasted from a word processor or a spreadsheet brings some (a soft line break is U+000B), and
	 * one of them must not cost the document.
	 */
	static String withoutControlCharacters(String html) {
		return html.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", " ");
	}

	private static Font font(String file, int weight, FontStyle style) {
		return new Font(resource("fonts/" + file), weight, style);
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
