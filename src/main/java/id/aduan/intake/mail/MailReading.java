package id.aduan.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import id.aduan.complaints.AttachmentUpload;

/**
 * Reads a MIME message into an {@link InboundMail}: the plain text part where there is one, else the
 * HTML part made plain; every file part (attachment or inline image with a name) as a file; the
 * Message-IDs it answers from In-Reply-To and References. A message without a Message-ID gets one
 * made from its content, so that the same message is still taken once.
 */
final class MailReading {

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

	private MailReading() {
	}

	static MimeMessage parse(InputStream raw) throws MessagingException {
		return new MimeMessage(Session.getInstance(new Properties()), raw);
	}

	static InboundMail read(MimeMessage message) throws MessagingException, IOException {
		Content content = new Content();
		walk(message, content);
		String text = content.plain != null ? MailText.tidy(content.plain) : MailText.fromHtml(content.html);
		InternetAddress from = sender(message);
		List<String> answers = new ArrayList<>();
		answers.addAll(ids(message.getHeader("In-Reply-To")));
		answers.addAll(ids(message.getHeader("References")));
		String messageId = ids(message.getHeader("Message-ID")).stream().findFirst().orElse(null);
		if (messageId == null) {
			messageId = "<" + fingerprint(message, text) + "@tanpa-message-id.aduan>";
		}
		return new InboundMail(messageId, from == null ? null : from.getAddress(),
				from == null ? null : from.getPersonal(), decode(message.getSubject()),
				message.getSentDate() == null ? null : message.getSentDate().toInstant(), text, content.files,
				answers.stream().distinct().toList(), automatic(message, from));
	}

	/** The Message-IDs in a header's values, in order. */
	static List<String> ids(String[] values) {
		List<String> ids = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				Matcher matcher = MESSAGE_ID.matcher(value);
				while (matcher.find()) {
					ids.add(matcher.group());
				}
			}
		}
		return ids;
	}

	private static final class Content {

		String plain;

		String html;

		final List<AttachmentUpload> files = new ArrayList<>();
	}

	private static void walk(Part part, Content content) throws MessagingException, IOException {
		String fileName = decode(part.getFileName());
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				walk(child, content);
			}
		}
		else if (part.isMimeType("message/rfc822") && fileName == null) {
			content.files.add(new AttachmentUpload("surel-terlampir.eml", "message/rfc822", bytes(part)));
		}
		else if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			content.files.add(new AttachmentUpload(fileName == null ? "lampiran" : fileName,
					part.getContentType(), bytes(part)));
		}
		else if (part.isMimeType("text/plain") && content.plain == null) {
			content.plain = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("text/html") && content.html == null) {
			content.html = String.valueOf(part.getContent());
		}
	}

	private static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static InternetAddress sender(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
			return null;
		}
		return address;
	}

	/**
	 * Auto-replies, bounces and mailing-list mail (RFC 3834 Auto-Submitted, Precedence, delivery reports
	 * from the mail system): answering them would make a loop with Aduan's own receipts.
	 */
	private static boolean automatic(MimeMessage message, InternetAddress from) throws MessagingException {
		String[] submitted = message.getHeader("Auto-Submitted");
		if (submitted != null && Arrays.stream(submitted).anyMatch(value -> !value.trim().equalsIgnoreCase("no"))) {
			return true;
		}
		String[] precedence = message.getHeader("Precedence");
		if (precedence != null && Arrays.stream(precedence)
			.anyMatch(value -> value.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply"))) {
			return true;
		}
		if (message.isMimeType("multipart/report") || message.getHeader("X-Autoreply") != null
				|| message.getHeader("X-Autorespond") != null) {
			return true;
		}
		String address = from == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
		return address.startsWith("mailer-daemon@") || address.startsWith("postmaster@") || address.isEmpty();
	}

	private static String decode(String text) {
		if (text == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(text);
		}
		catch (UnsupportedEncodingException unknownCharset) {
			return text;
		}
	}

	private static String fingerprint(MimeMessage message, String text) throws MessagingException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String header : new String[] { "From", "Date", "Subject", "To" }) {
				String[] values = message.getHeader(header);
				digest.update(String.valueOf(values == null ? "" : String.join(",", values)).getBytes(StandardCharsets.UTF_8));
			}
			digest.update(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 40);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
