package id.aduan.intake.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.messaging.MediaNotFetched;
import id.aduan.messaging.WhatsAppCloud;
import id.aduan.messaging.WhatsAppMessageReceived;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.Problems;

/**
 * The photo or document of an incoming WhatsApp message, fetched from the platform and checked by the
 * register's {@link AttachmentPolicy} before the message is stored, so that what the complaint keeps
 * passed the rules the citizen's form applies. The person cannot be asked to send it again in a form:
 * a file that cannot be fetched (the platform down, a checksum that does not match) or that fails the
 * policy is not kept, and the staff read a short note saying a file came and why it was not kept.
 * The platform's address of a file lives for minutes only, so it is fetched in the webhook's call, before
 * its transaction (see {@code WhatsAppWebhook}), bounded by the platform client's timeouts; a message
 * announced without its file fetched (by another caller) has it fetched here.
 */
@Component
class WhatsAppEvidence {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppEvidence.class);

	/**
	 * What became of a message's file: {@code file} to keep (it passed the policy), or {@code note}
	 * saying why there is none; {@code fileName} as staff see it either way.
	 */
	record Evidence(String fileName, AttachmentUpload file, String note) {

		boolean kept() {
			return file != null;
		}
	}

	private final WhatsAppCloud cloud;

	private final AttachmentPolicy policy;

	private final MessageSource texts;

	WhatsAppEvidence(WhatsAppCloud cloud, AttachmentPolicy policy, MessageSource texts) {
		this.cloud = cloud;
		this.policy = policy;
		this.texts = texts;
	}

	/** The message's file, fetched and checked; null when the message carries none. */
	Evidence of(WhatsAppMessageReceived message) {
		WhatsAppMessageReceived.Media media = message.media();
		if (media == null) {
			return null;
		}
		String name = fileName(media);
		WhatsAppCloud.Media fetched;
		try {
			if (media.failure() != null) {
				throw media.failure();
			}
			fetched = media.file() != null ? media.file()
					: cloud.media(media.id(), media.sha256(), policy.maxSize().toBytes());
		}
		catch (MediaNotFetched.TooLarge tooLarge) {
			log.info("Berkas pesan WhatsApp {} tidak disimpan: {}", message.messageId(), tooLarge.getMessage());
			return refused(name, List.of(FieldProblem.of("attachments", "attachment.tooLarge", name,
					policy.maxSize().toMegabytes())));
		}
		catch (MediaNotFetched unavailable) {
			log.warn("Berkas pesan WhatsApp {} (media {}) tidak dapat diambil: {}", message.messageId(), media.id(),
					unavailable.getMessage());
			return new Evidence(name, null, text("intake.whatsapp.media.unavailable", name));
		}
		AttachmentUpload upload = new AttachmentUpload(name,
				fetched.mimeType() != null ? fetched.mimeType() : media.mimeType(), fetched.content());
		Problems problems = new Problems();
		policy.check("attachments", List.of(upload), false, problems);
		try {
			problems.throwIfAny();
		}
		catch (InvalidInput refused) {
			log.info("Berkas pesan WhatsApp {} tidak memenuhi aturan lampiran: {}", message.messageId(),
					refused.problems());
			return refused(name, refused.problems());
		}
		return new Evidence(name, upload, null);
	}

	/** The note for a file that came but is not kept, with why in the register's own words. */
	Evidence refused(String name, List<FieldProblem> why) {
		return new Evidence(name, null, text("intake.whatsapp.media.notKept", name, reasons(why)));
	}

	/** The note telling staff the file is kept with the complaint's evidence. */
	String keptNote(Evidence evidence) {
		return text("intake.whatsapp.media.kept", evidence.fileName());
	}

	/**
	 * A name staff can tell apart and open: a document's own file name, else
	 * {@code whatsapp-<end of the media id>.<extension of the declared type>}.
	 */
	static String fileName(WhatsAppMessageReceived.Media media) {
		if (media.fileName() != null && !media.fileName().isBlank()) {
			String own = media.fileName().replace('\\', '/');
			own = own.substring(own.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
			if (!own.isBlank() && !own.startsWith(".")) {
				return own.length() > 100 ? own.substring(own.length() - 100) : own;
			}
		}
		String id = media.id().replaceAll("[^A-Za-z0-9]", "");
		String shortId = id.length() > 8 ? id.substring(id.length() - 8) : id;
		return "whatsapp-" + shortId + "." + extension(media.mimeType());
	}

	private static String extension(String mimeType) {
		String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT).replaceAll(";.*", "").strip();
		return switch (type) {
			case "image/jpeg", "image/jpg" -> "jpg";
			case "image/png" -> "png";
			case "application/pdf" -> "pdf";
			default -> type.matches("[a-z]+/[a-z0-9]{1,10}") ? type.substring(type.indexOf('/') + 1) : "bin";
		};
	}

	private String reasons(List<FieldProblem> why) {
		return why.stream()
			.map(problem -> texts.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
					Locale.forLanguageTag("id")))
			.distinct()
			.collect(Collectors.joining(" "));
	}

	private String text(String key, Object... arguments) {
		return texts.getMessage(key, arguments, key, Locale.forLanguageTag("id"));
	}
}
