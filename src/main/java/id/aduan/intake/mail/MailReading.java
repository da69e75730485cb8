package id.aduan.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
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
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import id.aduan.complaints.AttachmentUpload;
import id.aduan.system.Sha256;

/**
 * Reads a MIME message into an {@link InboundMail}: the plain text part where there is one, else the
 * HTML part made plain; every file part (attachment or inline image with a name) as a file; the
 * Message-IDs it answers from In-Reply-To and References. A message without a Message-ID gets one
 * made from its content, so that the same message is still taken once; one longer than
 * {@link #LONGEST_ID} is kept as a hash of itself (the same every time, so still taken once). Text in
 * a charset Java does not know ({@code unknown-8bit}, a misspelling) is read as UTF-8 when it is valid
 * UTF-8, else as Windows-1252, rather than refused.
 */
final class MailReading {

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

	/** The longest Message-ID kept as it is; Aduan's columns hold 300 characters. */
	static final int LONGEST_ID = 250;

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
		String messageId = messageId(message);
		if (messageId == null) {
			messageId = "<" + fingerprint(message, text) + "@tanpa-message-id.aduan>";
		}
		return new InboundMail(messageId, from == null ? null : from.getAddress(),
				from == null ? null : from.getPersonal(), decode(message.getSubject()),
				message.getSentDate() == null ? null : message.getSentDate().toInstant(), text, content.files,
				answers.stream().distinct().toList(), automatic(message, from));
	}

	/** The message's own Message-ID as Aduan keeps it, or null when it has none. */
	static String messageId(MimeMessage message) throws MessagingException {
		return ids(message.getHeader("Message-ID")).stream().findFirst().orElse(null);
	}

	/** The Message-IDs in a header's values, in order, each as Aduan keeps it. */
	static List<String> ids(String[] values) {
		List<String> ids = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				Matcher matcher = MESSAGE_ID.matcher(value);
				while (matcher.find()) {
					ids.add(kept(matcher.group()));
				}
			}
		}
		return ids;
	}

	/** A Message-ID as it is, or, past {@link #LONGEST_ID}, as a hash of itself. */
	static String kept(String id) {
		return id.length() <= LONGEST_ID ? id : "<" + Sha256.hex(id).substring(0, 48) + "@message-id-panjang.aduan>";
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
			content.plain = text(part);
		}
		else if (part.isMimeType("text/html") && content.html == null) {
			content.html = text(part);
		}
	}

	/** A text part's text; in a charset Java does not know, read leniently rather than refused. */
	private static String text(Part part) throws MessagingException, IOException {
		try {
			return String.valueOf(part.getContent());
		}
		catch (UnsupportedEncodingException | UnsupportedCharsetException | IllegalCharsetNameException unknown) {
			return lenient(bytes(part), declaredCharset(part));
		}
	}

	private static String declaredCharset(Part part) {
		try {
			return new ContentType(part.getContentType()).getParameter("charset");
		}
		catch (MessagingException | RuntimeException unreadable) {
			return null;
		}
	}

	/** Bytes as text: in their charset where Java knows it, else UTF-8 where valid, else Windows-1252. */
	static String lenient(byte[] bytes, String charset) {
		if (charset != null) {
			try {
				return new String(bytes, Charset.forName(MimeUtility.javaCharset(charset)));
			}
			catch (IllegalArgumentException unknown) {
				// read below
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** The first sender, read leniently (a From that breaks the rules is still someone to answer). */
	private static InternetAddress sender(MimeMessage message) throws MessagingException {
		Address[] from;
		try {
			from = message.getFrom();
		}
		catch (jakarta.mail.internet.AddressException strictlyWrong) {
			String header = message.getHeader("From", ",");
			from = header == null ? null : InternetAddress.parseHeader(header, false);
		}
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
				|| address.getAddress() == null || address.getAddress().isBlank()) {
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
		String address = from == null || from.getAddress() == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
		return address.startsWith("mailer-daemon@") || address.startsWith("postmaster@");
	}

	private static String decode(String text) {
		if (text == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(text);
		}
		catch (UnsupportedEncodingException | RuntimeException unknownCharset) {
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
