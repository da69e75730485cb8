package id.aduan.conversations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.complaints.AccessKey;
import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.ComplaintDetails;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.TrackingCode;
import id.aduan.system.ActionRefused;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * The message thread of a complaint. The complainant reads and writes with the tracking code and the
 * access key (a wrong pair is "not found", without saying which half was wrong); staff read where they
 * may see the complaint and write unless they only watch (the head of office). Every message is kept
 * with who and when, written to the audit trail, and announced with {@link MessagePosted}.
 */
@Component
public class ComplaintThreads {

	static final int TEXT_MAX = 5000;

	/** A message in a thread or a chat, whoever writes it. */
	record MessageText(@Required @MaxLength(TEXT_MAX) @PlainText String text) {
	}

	/** What the complainant is called in their own thread: anonymity hides them from staff too. */
	static final String COMPLAINANT = "Pengadu";

	private final Conversations conversations;

	private final ComplaintQueries complaints;

	private final FileSift files;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	ComplaintThreads(Conversations conversations, ComplaintQueries complaints, FileSift files, AuditTrail audit,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.conversations = conversations;
		this.complaints = complaints;
		this.files = files;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Checks the tracking code and access key once and gives what a browser session keeps instead of the
	 * key; a wrong pair is {@link NotFound}.
	 */
	@Transactional(readOnly = true)
	public ComplainantPass open(TrackingCode code, AccessKey key) {
		return new ComplainantPass(opened(code, key), code.value());
	}

	@Transactional(readOnly = true)
	public ThreadView forComplainant(TrackingCode code, AccessKey key) {
		return forComplainant(open(code, key));
	}

	@Transactional(readOnly = true)
	public ThreadView forComplainant(ComplainantPass pass) {
		long id = opened(pass);
		return new ThreadView(id, pass.trackingCode(), thread(id), true);
	}

	@Transactional
	public long postAsComplainant(TrackingCode code, AccessKey key, String text, List<AttachmentUpload> uploads,
			Via via) {
		return postAsComplainant(open(code, key), text, uploads, via);
	}

	@Transactional
	public long postAsComplainant(ComplainantPass pass, String text, List<AttachmentUpload> uploads, Via via) {
		long id = opened(pass);
		Problems problems = new Problems().validate(new MessageText(text));
		List<AttachmentPolicy.Accepted> accepted = files.check(uploads, problems);
		problems.throwIfAny();
		return post(id, Side.CITIZEN, COMPLAINANT, null, via, text.strip(), accepted, null);
	}

	/**
	 * What the tracking page tells whoever holds the tracking code, so that a request from the office is not
	 * missed: how many messages the office wrote and whether it wrote last (a new message waiting for the
	 * complainant). Never their text, which takes the access key. Empty for an unknown code.
	 */
	@Transactional(readOnly = true)
	public Optional<ThreadSummary> summary(TrackingCode code) {
		return complaints.idOf(code).map(id -> {
			List<Message> messages = thread(id);
			int fromOffice = (int) messages.stream().filter(message -> message.side() == Side.STAFF).count();
			boolean officeLast = !messages.isEmpty() && messages.get(messages.size() - 1).side() == Side.STAFF;
			return new ThreadSummary(messages.size(), fromOffice, officeLast);
		});
	}

	@Transactional(readOnly = true)
	public ThreadView forStaff(long complaintId, Actor actor) {
		ComplaintDetails details = complaints.details(complaintId, actor);
		return new ThreadView(complaintId, details.complaint().trackingCode().value(), thread(complaintId),
				maywrite(actor));
	}

	@Transactional
	public long postAsStaff(long complaintId, String text, List<AttachmentUpload> uploads, Actor actor) {
		complaints.details(complaintId, actor);
		if (!maywrite(actor)) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "conversation.staff.role");
		}
		Problems problems = new Problems().validate(new MessageText(text));
		List<AttachmentPolicy.Accepted> accepted = files.check(uploads, problems);
		problems.throwIfAny();
		return post(complaintId, Side.STAFF, actor.name(), actor.accountId(), Via.WEB, text.strip(), accepted, null);
	}

	/**
	 * A complainant's email reply, taken into the thread of the complaint it answers. An email cannot be
	 * sent back to be fixed, so files that fail the attachment policy are left out and named in the
	 * message; an empty body is kept as such.
	 */
	@Transactional
	public long appendEmail(long complaintId, String text, List<AttachmentUpload> uploads, String messageId) {
		FileSift.Sifted sifted = files.sift(uploads);
		StringBuilder body = new StringBuilder(text == null || text.isBlank() ? text("conversation.email.empty") : text.strip());
		if (!sifted.refused().isEmpty()) {
			body.append("\n\n").append(text("conversation.email.filesLeftOut")).append(' ')
				.append(sifted.refused()
					.stream()
					.map(problem -> messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
							problem.messageKey(), Locale.forLanguageTag("id")))
					.distinct()
					.collect(Collectors.joining(" ")));
		}
		String kept = body.length() > TEXT_MAX ? body.substring(0, TEXT_MAX - 1) + "…" : body.toString();
		return post(complaintId, Side.CITIZEN, COMPLAINANT, null, Via.EMAIL, kept, sifted.kept(), messageId);
	}

	/**
	 * A WhatsApp message from the complainant's own number, taken into the thread of their open complaint.
	 * It cannot be sent back to be fixed: an over-long text is cut, an empty one kept as such.
	 */
	@Transactional
	public long appendWhatsApp(long complaintId, String text) {
		String body = text == null || text.isBlank() ? text("conversation.whatsapp.empty") : text.strip();
		String kept = body.length() > TEXT_MAX ? body.substring(0, TEXT_MAX - 1) + "…" : body;
		return post(complaintId, Side.CITIZEN, COMPLAINANT, null, Via.WHATSAPP, kept, List.of(), null);
	}

	@Transactional(readOnly = true)
	public Optional<FileContent> fileForComplainant(TrackingCode code, AccessKey key, long fileId) {
		return fileForComplainant(open(code, key), fileId);
	}

	@Transactional(readOnly = true)
	public Optional<FileContent> fileForComplainant(ComplainantPass pass, long fileId) {
		return file(opened(pass), fileId);
	}

	@Transactional(readOnly = true)
	public Optional<FileContent> fileForStaff(long complaintId, long fileId, Actor actor) {
		complaints.details(complaintId, actor);
		return file(complaintId, fileId);
	}

	private Optional<FileContent> file(long complaintId, long fileId) {
		return conversations.ofComplaint(complaintId).flatMap(conversation -> conversations.file(conversation.id(), fileId));
	}

	private long opened(TrackingCode code, AccessKey key) {
		return complaints.openedByComplainant(code, key).orElseThrow(() -> new NotFound("conversation.key.wrong"));
	}

	/**
	 * The pass's complaint, if the register still holds it under the same tracking code: a session may
	 * outlive the database it was opened on (a restore).
	 */
	private long opened(ComplainantPass pass) {
		return TrackingCode.parse(pass.trackingCode())
			.flatMap(complaints::idOf)
			.filter(id -> id == pass.complaintId())
			.orElseThrow(() -> new NotFound("conversation.key.wrong"));
	}

	private List<Message> thread(long complaintId) {
		return conversations.ofComplaint(complaintId).map(c -> conversations.messages(c.id())).orElse(List.of());
	}

	private long post(long complaintId, Side side, String author, Long accountId, Via via, String text,
			List<AttachmentPolicy.Accepted> accepted, String emailMessageId) {
		Instant now = clock.instant();
		Conversation conversation = conversations.openForComplaint(complaintId, now);
		long messageId = conversations.addMessage(conversation.id(), side, author, accountId, via, text, emailMessageId,
				now);
		for (AttachmentPolicy.Accepted file : accepted) {
			conversations.addFile(conversation.id(), messageId, file);
		}
		audit.record(author, "MESSAGE_POSTED", "complaint", String.valueOf(complaintId),
				side + " via " + via + (accepted.isEmpty() ? "" : ", " + accepted.size() + " berkas"));
		events.publishEvent(new MessagePosted(conversation.id(), messageId, complaintId, side));
		return messageId;
	}

	/** The head of office watches and changes nothing; everyone else who sees the complaint may write. */
	private static boolean maywrite(Actor actor) {
		return actor.role() == Role.COORDINATOR || actor.role() == Role.HELPDESK || actor.role() == Role.UNIT_OFFICER;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.forLanguageTag("id"));
	}
}
