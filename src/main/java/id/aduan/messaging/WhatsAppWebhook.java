package id.aduan.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one call of the WhatsApp webhook, already checked to come from the platform, and announces what
 * it holds: each message to the office's number ({@link WhatsAppMessageReceived}) and each status of a
 * message Aduan sent ({@link WhatsAppStatusReported}). A message's photo or document is fetched from the
 * platform first, outside any transaction, so that a slow platform holds no database connection. Then
 * all of the call is taken in one transaction with what the listeners make of it: if any fails, nothing
 * of the call stays and the platform, answered with an error, delivers it again (its files are fetched
 * again; the listeners take each message once). Changes for another phone number of the same business
 * account are left alone.
 */
@Component
public class WhatsAppWebhook {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhook.class);

	/** A call's body that is not the platform's JSON. */
	public static class Unreadable extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unreadable(String reason) {
			super(reason);
		}
	}

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final MessagingSetup setup;

	private final WhatsAppCloud cloud;

	private final TransactionTemplate transaction;

	private final DataSize largestFile;

	WhatsAppWebhook(JsonMapper json, ApplicationEventPublisher events, MessagingSetup setup, WhatsAppCloud cloud,
			PlatformTransactionManager transactions, @Value("${aduan.attachments.max-size:5MB}") DataSize largestFile) {
		this.json = json;
		this.events = events;
		this.setup = setup;
		this.cloud = cloud;
		this.transaction = new TransactionTemplate(transactions);
		this.largestFile = largestFile;
	}

	/** Takes the call's body; returns how many messages and statuses it announced. */
	public int take(byte[] body) {
		List<Object> announced = read(body);
		for (int i = 0; i < announced.size(); i++) {
			if (announced.get(i) instanceof WhatsAppMessageReceived message && message.media() != null) {
				announced.set(i, message.withMedia(fetch(message)));
			}
		}
		transaction.executeWithoutResult(status -> announced.forEach(events::publishEvent));
		return announced.size();
	}

	private WhatsAppMessageReceived.Media fetch(WhatsAppMessageReceived message) {
		WhatsAppMessageReceived.Media media = message.media();
		try {
			return media.fetched(cloud.media(media.id(), media.sha256(), largestFile.toBytes()));
		}
		catch (MediaNotFetched notFetched) {
			return media.notFetched(notFetched);
		}
	}

	private List<Object> read(byte[] body) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException notJson) {
			throw new Unreadable("not JSON");
		}
		if (root == null || !root.isObject()) {
			throw new Unreadable("not a JSON object");
		}
		String ownNumber = setup.settings().whatsappPhoneNumberId();
		List<Object> announced = new ArrayList<>();
		for (JsonNode entry : root.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				if (!"messages".equals(change.path("field").asString(""))) {
					continue;
				}
				JsonNode value = change.path("value");
				String toNumber = value.path("metadata").path("phone_number_id").asString("");
				if (ownNumber != null && !toNumber.isEmpty() && !ownNumber.equals(toNumber)) {
					log.info("Webhook WhatsApp untuk nomor lain ({}) diabaikan", toNumber);
					continue;
				}
				Map<String, String> names = new HashMap<>();
				for (JsonNode contact : value.path("contacts")) {
					names.put(contact.path("wa_id").asString(""), contact.path("profile").path("name").asString(null));
				}
				for (JsonNode message : value.path("messages")) {
					String id = message.path("id").asString("");
					String from = message.path("from").asString("");
					if (id.isEmpty() || from.isEmpty()) {
						continue;
					}
					String type = message.path("type").asString("unknown");
					announced.add(new WhatsAppMessageReceived(id, from, names.get(from), type, text(message, type),
							time(message.path("timestamp")), media(message, type)));
				}
				for (JsonNode status : value.path("statuses")) {
					String id = status.path("id").asString("");
					if (id.isEmpty()) {
						continue;
					}
					JsonNode error = status.path("errors").path(0);
					announced.add(new WhatsAppStatusReported(id, status.path("status").asString(""),
							time(status.path("timestamp")), error.isMissingNode() ? null
									: "(#" + error.path("code").asString("") + ") " + error.path("title").asString("")
											+ detail(error.path("error_data").path("details").asString(""))));
				}
			}
		}
		return announced;
	}

	/** What the person wrote: a text, a caption, a button's or a list item's title, a shared location. */
	private static String text(JsonNode message, String type) {
		String text = switch (type) {
			case "text" -> message.path("text").path("body").asString(null);
			case "image", "video", "document" -> message.path(type).path("caption").asString(null);
			case "button" -> message.path("button").path("text").asString(null);
			case "interactive" -> {
				JsonNode interactive = message.path("interactive");
				JsonNode reply = interactive.has("button_reply") ? interactive.path("button_reply")
						: interactive.path("list_reply");
				yield reply.path("title").asString(null);
			}
			case "location" -> {
				JsonNode place = message.path("location");
				yield "Lokasi: " + place.path("latitude").asString("") + ", " + place.path("longitude").asString("")
						+ (place.has("name") ? " (" + place.path("name").asString("") + ")" : "")
						+ (place.has("address") ? " " + place.path("address").asString("") : "");
			}
			default -> null;
		};
		return text == null || text.isBlank() ? null : text;
	}

	/** The photo or document a message carries, by the media id the platform gives it; else null. */
	private static WhatsAppMessageReceived.Media media(JsonNode message, String type) {
		if (!"image".equals(type) && !"document".equals(type)) {
			return null;
		}
		JsonNode media = message.path(type);
		String id = media.path("id").asString("");
		if (id.isBlank()) {
			return null;
		}
		return new WhatsAppMessageReceived.Media(id, media.path("mime_type").asString(null),
				media.path("sha256").asString(null), media.path("filename").asString(null));
	}

	private static Instant time(JsonNode seconds) {
		try {
			return Instant.ofEpochSecond(Long.parseLong(seconds.asString("")));
		}
		catch (NumberFormatException none) {
			return null;
		}
	}

	private static String detail(String text) {
		return text.isEmpty() ? "" : " — " + text;
	}
}
