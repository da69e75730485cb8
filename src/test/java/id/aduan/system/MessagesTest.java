package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message bundles, in Indonesian and in English: the two
 * bundles have the same keys, every key a page or the code names exists, and no page carries text
 * that would stay untranslated.
 */
class MessagesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	/** Keys that the code builds from a prefix and an enum or a value (e.g. {@code status.CLOSED}). */
	static final Pattern PREFIXES = Pattern.compile("^(status|stage|timeline|action|role|list|attachment\\.purpose"
			+ "|office\\.zone|complaint\\.action\\.done|calendar\\.kind|calendar\\.weekday|inbox\\.due|inbox\\.sort|deadline\\.stage|mail\\.kind|mail\\.status|report\\.chart|sanction\\.kind"
			+ "|conversation\\.side|conversation\\.via|chats\\.status|lapor\\.stage|duplicates\\.reason|production\\.audit\\.broken|recap\\.state|recap\\.standing|recap\\.by|recap\\.entry\\.origin|recap\\.month\\.short)\\.");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> indonesian = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");

		assertThat(difference(indonesian, english)).as("keys missing in English").isEmpty();
		assertThat(difference(english, indonesian)).as("keys missing in Indonesian").isEmpty();
	}

	@Test
	void everyKeyAPageOrTheCodeNamesExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Stream.concat(Files.walk(TEMPLATES), Files.walk(SOURCES))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				if (file.toString().endsWith(".html")) {
					collect(Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]"), text, used);
					collect(Pattern.compile("fields :: \\w+\\('[\\w.]+', '([\\w.]+)'"), text, used);
					collect(Pattern.compile("fields :: checkbox\\('[\\w.]+', '[\\w.]+', '([\\w.]+)'"), text, used);
				}
				else {
					collect(Pattern.compile("\"((?:field|complaint|catalog|account|attachment|error|tracking|intake|api"
							+ "|password|login|calendar|rating|tracking|sla|report|sanction|dashboard|coaching|document|numbering|production"
							+ "|conversation|chats|widget|idempotency|open311|lapor|duplicates|apikeys|ratelimit|recap)\\.[\\w.]*\\w)\""), text, used);
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(100);
		assertThat(difference(used, known)).as("keys used but not defined").isEmpty();
	}

	@Test
	void everyEnumValueShownToUsersHasItsText() throws IOException {
		Set<String> known = keys("messages.properties");
		List<String> missing = new ArrayList<>();
		expect(known, "status.", id.aduan.complaints.ComplaintStatus.values(), missing);
		expect(known, "stage.", id.aduan.complaints.PublicStage.values(), missing);
		expect(known, "timeline.", id.aduan.complaints.TimelineEntry.Kind.values(), missing);
		expect(known, "action.", id.aduan.complaints.Action.values(), missing);
		expect(known, "role.", id.aduan.accounts.Role.values(), missing);
		expect(known, "list.", id.aduan.catalog.ReferenceList.values(), missing);
		expect(known, "attachment.purpose.", id.aduan.complaints.Attachment.Purpose.values(), missing);
		expect(known, "calendar.kind.", id.aduan.calendar.DayKind.values(), missing);
		expect(known, "calendar.weekday.", java.time.DayOfWeek.values(), missing);
		expect(known, "inbox.due.", id.aduan.complaints.InboxQuery.Due.values(), missing);
		expect(known, "inbox.sort.", id.aduan.complaints.InboxQuery.Sort.values(), missing);
		expect(known, "deadline.stage.", id.aduan.complaints.DeadlineSchedule.Stage.values(), missing);
		expect(known, "mail.kind.", id.aduan.followup.NotificationKind.values(), missing);
		expect(known, "mail.status.", id.aduan.followup.Notification.Status.values(), missing);
		expect(known, "report.chart.", id.aduan.reports.Breakdown.Dimension.values(), missing);
		expect(known, "production.audit.broken.", id.aduan.audit.ChainReport.Kind.values(), missing);
		expect(known, "conversation.side.", id.aduan.conversations.Side.values(), missing);
		expect(known, "conversation.via.", id.aduan.conversations.Via.values(), missing);
		expect(known, "chats.status.", id.aduan.conversations.Conversation.Status.values(), missing);
		expect(known, "lapor.stage.", id.aduan.complaints.PublicStage.values(), missing);
		expect(known, "duplicates.reason.", id.aduan.duplicates.Candidate.Reason.values(), missing);
		expect(known, "recap.state.", id.aduan.recaps.RecapState.values(), missing);
		expect(known, "recap.standing.", id.aduan.recaps.RecapStanding.Kind.values(), missing);
		assertThat(missing).isEmpty();
		assertThat(known.stream().filter(key -> PREFIXES.matcher(key).find())).isNotEmpty();
	}

	@Test
	void noPageCarriesTextOutsideTheBundles() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Document page = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
				for (Element element : page.getAllElements()) {
					if (replacesItsText(element)) {
						continue;
					}
					for (TextNode text : element.textNodes()) {
						String words = text.text().replaceAll("[\\s·|—–:*(),./'+-]", "");
						if (!words.isEmpty() && !words.startsWith("[[") && !isComment(element)) {
							hardCoded.add(TEMPLATES.relativize(file) + ": \"" + text.text().strip() + "\"");
						}
					}
					for (String attribute : List.of("placeholder", "title", "alt", "aria-label")) {
						if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()
								&& !element.attr(attribute).startsWith("ADU-")) {
							hardCoded.add(TEMPLATES.relativize(file) + ": " + attribute + "=\"" + element.attr(attribute)
									+ "\"");
						}
					}
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	/**
	 * An element whose content Thymeleaf replaces: its own text is only a designer's placeholder. A
	 * page's root {@code <html th:replace>} does not count: it hands the page's body to the layout.
	 */
	private static boolean replacesItsText(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			boolean root = current.tagName().equals("html");
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:errors")
					|| current.hasAttr("th:replace") && !root || current.tagName().equals("title")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isComment(Element element) {
		return element.tagName().startsWith("!");
	}

	private static <E extends Enum<E>> void expect(Set<String> known, String prefix, E[] values, List<String> missing) {
		for (E value : values) {
			if (!known.contains(prefix + value.name())) {
				missing.add(prefix + value.name());
			}
		}
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String key = matcher.group(1);
			if (!key.endsWith(".") && !PREFIXES.matcher(key + ".").matches()) {
				into.add(key);
			}
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + bundle);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
