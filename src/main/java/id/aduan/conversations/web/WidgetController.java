package id.aduan.conversations.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The embeddable chat widget: the office's website adds one tag,
 * {@code <script src="https://aduan.example.go.id/widget.js" async></script>}, and gets a button that
 * opens Aduan's chat page in a frame. The script finds Aduan's address from its own {@code src}; its two
 * labels come from the message bundles ({@code data-lang="en"} on the tag for English).
 */
@Controller
class WidgetController {

	private final MessageSource messages;

	private final String script;

	WidgetController(MessageSource messages) {
		this.messages = messages;
		try (InputStream in = new ClassPathResource("conversations/widget.js").getInputStream()) {
			this.script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

	@GetMapping(path = "/widget.js")
	ResponseEntity<String> script() {
		Locale indonesian = Locale.forLanguageTag("id");
		Locale english = Locale.ENGLISH;
		String labels = "{\"id\":" + labels(indonesian) + ",\"en\":" + labels(english) + "}";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(script.replace("/*LABELS*/{}", labels));
	}

	@GetMapping("/percakapan/widget")
	String page() {
		return "conversations/widget";
	}

	private String labels(Locale locale) {
		return "{\"open\":" + json(text("widget.open", locale)) + ",\"close\":" + json(text("widget.close", locale))
				+ ",\"title\":" + json(text("widget.title", locale)) + "}";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale == null ? LocaleContextHolder.getLocale() : locale);
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			if (ch == '"' || ch == '\\') {
				out.append('\\').append(ch);
			}
			else if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&') {
				out.append(String.format("\\u%04x", (int) ch));
			}
			else {
				out.append(ch);
			}
		}
		return out.append('"').toString();
	}
}
