package id.aduan.intake.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * The text of an email as Aduan keeps it. HTML mail is first cleaned with jsoup's {@link Safelist}
 * (scripts, styles and event handlers gone), then made plain with its paragraphs and
 * line breaks kept; Aduan shows every text as text, so nothing of the sender's markup reaches a page.
 * A reply loses the quoted mail below it, which Aduan already has.
 */
final class MailText {

	private MailText() {
	}

	static String fromHtml(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document clean = Jsoup.parse(Jsoup.clean(html, Safelist.relaxed()));
		clean.outputSettings(new Document.OutputSettings().prettyPrint(false));
		clean.select("br").before("\\n");
		clean.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").before("\\n\\n");
		clean.select("a[href]").forEach(link -> {
			String href = link.attr("href");
			if (!href.isBlank() && !link.text().equals(href) && !href.startsWith("mailto:")) {
				link.append(" (" + href + ")");
			}
		});
		String marked = clean.body().html().replace("\\n", "\n");
		String text = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
		return tidy(Parser.unescapeEntities(text, false));
	}

	static String tidy(String text) {
		if (text == null) {
			return "";
		}
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
		StringBuilder out = new StringBuilder();
		for (String line : unified.split("\n", -1)) {
			out.append(line.strip()).append('\n');
		}
		return out.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

	/**
	 * A reply without the mail it quotes: stops at "On … wrote:" / "Pada … menulis:", at an
	 * "Original Message" line, or at the first block of "&gt;" lines.
	 */
	static String withoutQuote(String text) {
		StringBuilder out = new StringBuilder();
		for (String line : tidy(text).split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.startsWith(">") || trimmed.matches("(?i)^-+ *(original message|pesan asli|forwarded message) *-+$")
					|| trimmed.matches("(?i)^(on|pada) .{5,200} (wrote|menulis):?$")) {
				break;
			}
			out.append(line).append('\n');
		}
		String kept = out.toString().strip();
		return kept.isEmpty() ? tidy(text) : kept;
	}
}
