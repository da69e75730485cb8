package id.aduan.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one call of the WhatsApp webhook, already checked to come from the platform, and announces what
 * it holds: each message to the office's number ({@link WhatsAppMessageReceived}) and each status of a
 * message Aduan sent ({@link WhatsAppStatusReported}). All of one call is taken in one transaction with
 * what the listeners make of it: if any fails, nothing of the call stays and the platform, answered with
 * an error, delivers it again. Changes for another phone number of the same business account are left
 * alone.
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

	WhatsAppWebhook(JsonMapper json, ApplicationEventPublisher events, MessagingSetup setup) {
		this.json = json;
		this.events = events;
		this.setup = setup;
	}

	/** Takes the call's body; returns how many messages and statuses it announced. */
	@Transactional
	public int take(byte[] body) {
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
		int announced = 0;
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
					events.publishEvent(new WhatsAppMessageReceived(id, from, names.get(from), type, text(message, type),
							time(message.path("timestamp")), media(message, type)));
					announced++;
				}
				for (JsonNode status : value.path("statuses")) {
					String id = status.path("id").asString("");
					if (id.isEmpty()) {
						continue;
					}
					JsonNode error = status.path("errors").path(0);
					events.publishEvent(new WhatsAppStatusReported(id, status.path("status").asString(""),
							time(status.path("timestamp")), error.isMissingNode() ? null
									: "(#" + error.path("code").asString("") + ") " + error.path("title").asString("")
											+ detail(error.path("error_data").path("details").asString(""))));
					announced++;
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
