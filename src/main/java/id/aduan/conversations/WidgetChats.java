package id.aduan.conversations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.ComplaintFacts;
import id.aduan.complaints.ComplaintForm;
import id.aduan.complaints.ComplaintQueries;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Receipt;
import id.aduan.system.ActionRefused;
import id.aduan.system.EmailAddress;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PhoneNumber;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * Chats opened by visitors of the office's website or app through the widget ("Satu Data" chat, seed
 * 2.2 b). A visitor needs no account: the token their browser keeps makes the chat theirs. The help desk
 * and the coordinator answer, close a chat that needs nothing more, or turn it into a complaint through
 * the one registration every channel uses (channel CHAT); from then on the chat is that complaint's
 * thread and the visitor sees its tracking code.
 */
@Component
public class WidgetChats {

	static final String CHANNEL = "CHAT";

	/** What a visitor gives to open a chat: who they are, if they say, and the first message. */
	private record FirstMessage(@MaxLength(200) @PlainText String name, @EmailAddress String email,
			@PhoneNumber String phone, @Required @MaxLength(ComplaintThreads.TEXT_MAX) @PlainText String text) {
	}

	/** How a visitor who gave no name is called. */
	static final String VISITOR = "Pengunjung";

	private final Conversations conversations;

	private final FileSift files;

	private final ComplaintRegistration registration;

	private final ComplaintQueries complaints;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WidgetChats(Conversations conversations, FileSift files, ComplaintRegistration registration,
			ComplaintQueries complaints, Catalog catalog, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.conversations = conversations;
		this.files = files;
		this.registration = registration;
		this.complaints = complaints;
		this.catalog = catalog;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public StartedChat start(String name, String email, String phone, String text, List<AttachmentUpload> uploads) {
		Problems problems = new Problems().validate(new FirstMessage(name, email, phone, text));
		List<AttachmentPolicy.Accepted> accepted = files.check(uploads, problems);
		problems.throwIfAny();
		String publicId = ChatSecrets.publicId();
		String token = ChatSecrets.token();
		String phoneNumber = Problems.blankToNull(phone);
		long id = conversations.startChat(publicId, ChatSecrets.sha256(token), Problems.blankToNull(name),
				Problems.blankToNull(email), phoneNumber == null ? null : PhoneNumber.Check.normalized(phoneNumber),
				clock.instant());
		String author = Problems.blankToNull(name) == null ? VISITOR : name.strip();
		post(id, null, Side.CITIZEN, author, null, text.strip(), accepted);
		return new StartedChat(publicId, token);
	}

	@Transactional(readOnly = true)
	public ChatView forVisitor(String publicId, String token) {
		Conversation chat = visitorsChat(publicId, token);
		return view(chat);
	}

	@Transactional
	public long postAsVisitor(String publicId, String token, String text, List<AttachmentUpload> uploads) {
		Conversation chat = visitorsChat(publicId, token);
		Problems problems = new Problems().validate(new ComplaintThreads.MessageText(text));
		List<AttachmentPolicy.Accepted> accepted = files.check(uploads, problems);
		problems.throwIfAny();
		if (chat.status() == Conversation.Status.CLOSED) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "conversation.closed");
		}
		String author = chat.visitorName() == null ? VISITOR : chat.visitorName();
		return post(chat.id(), chat.complaintId(), Side.CITIZEN, author, null, text.strip(), accepted);
	}

	@Transactional(readOnly = true)
	public Optional<FileContent> fileForVisitor(String publicId, String token, long fileId) {
		return conversations.file(visitorsChat(publicId, token).id(), fileId);
	}

	@Transactional(readOnly = true)
	public List<Conversation> list(Conversation.Status status, Actor actor) {
		requireDesk(actor);
		return conversations.chats(status, 200);
	}

	@Transactional(readOnly = true)
	public ChatView forStaff(String publicId, Actor actor) {
		requireDesk(actor);
		return view(chat(publicId));
	}

	@Transactional
	public long reply(String publicId, String text, List<AttachmentUpload> uploads, Actor actor) {
		requireDesk(actor);
		Problems problems = new Problems().validate(new ComplaintThreads.MessageText(text));
		List<AttachmentPolicy.Accepted> accepted = files.check(uploads, problems);
		problems.throwIfAny();
		Conversation chat = chat(publicId);
		return post(chat.id(), chat.complaintId(), Side.STAFF, actor.name(), actor.accountId(), text.strip(), accepted);
	}

	@Transactional(readOnly = true)
	public Optional<FileContent> fileForStaff(String publicId, long fileId, Actor actor) {
		requireDesk(actor);
		return conversations.file(chat(publicId).id(), fileId);
	}

	/**
	 * Registers the chat as a complaint (channel CHAT, received when the chat began, the chat's files as
	 * evidence) as the officer filled in {@code form}, and makes the chat its thread; the visitor is told
	 * the tracking code in the chat. Two officers converting at once: the second is refused and nothing
	 * of theirs is stored.
	 */
	@Transactional
	public Receipt convert(String publicId, ComplaintForm form, Actor actor) {
		requireDesk(actor);
		Conversation chat = chat(publicId);
		if (chat.status() != Conversation.Status.OPEN) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "conversation.notOpen");
		}
		List<AttachmentUpload> evidence = new ArrayList<>();
		for (Message message : conversations.messages(chat.id())) {
			for (MessageFile file : message.files()) {
				if (message.side() == Side.CITIZEN && evidence.size() < files.maxFiles()) {
					conversations.file(chat.id(), file.id())
						.ifPresent(content -> evidence.add(new AttachmentUpload(file.fileName(), file.contentType(),
								content.content())));
				}
			}
		}
		long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).orElseThrow().id();
		Arrival arrival = new Arrival(channel, chat.createdAt(), "Percakapan " + chat.publicId());
		Receipt receipt = registration.registerWithReceipt(form.toNewComplaint(arrival).attaching(evidence), actor);
		Instant now = clock.instant();
		if (!conversations.convert(chat.id(), receipt.complaintId(), actor.name(), now)) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "conversation.notOpen");
		}
		audit.record(actor.name(), "CHAT_CONVERTED", "conversation", chat.publicId(), receipt.trackingCode().value());
		post(chat.id(), receipt.complaintId(), Side.SYSTEM, "Aduan", null,
				"Percakapan ini telah dicatat sebagai pengaduan dengan kode pelacakan " + receipt.trackingCode().value()
						+ ". Perkembangannya dapat diikuti di halaman Lacak Pengaduan; percakapan dapat dilanjutkan di sini.",
				List.of());
		return receipt;
	}

	@Transactional
	public void close(String publicId, Actor actor) {
		requireDesk(actor);
		Conversation chat = chat(publicId);
		if (!conversations.close(chat.id())) {
			throw new ActionRefused(ActionRefused.Reason.STATE, "conversation.notOpen");
		}
		audit.record(actor.name(), "CHAT_CLOSED", "conversation", chat.publicId(), null);
	}

	private ChatView view(Conversation chat) {
		String code = chat.complaintId() == null ? null
				: complaints.facts(chat.complaintId()).map(ComplaintFacts::trackingCode).orElse(null);
		return new ChatView(chat, conversations.messages(chat.id()), code);
	}

	private Conversation chat(String publicId) {
		return conversations.byPublicId(publicId == null ? "" : publicId)
			.filter(found -> found.origin() == Conversation.Origin.WIDGET)
			.orElseThrow(() -> new NotFound("conversation.notFound"));
	}

	/** The visitor's own chat; a wrong token is "not found", like an unknown chat. */
	private Conversation visitorsChat(String publicId, String token) {
		Conversation chat = chat(publicId);
		if (!ChatSecrets.matches(token, conversations.tokenHash(chat.id()).orElse(null))) {
			throw new NotFound("conversation.notFound");
		}
		return chat;
	}

	private long post(long conversationId, Long complaintId, Side side, String author, Long accountId, String text,
			List<AttachmentPolicy.Accepted> accepted) {
		long messageId = conversations.addMessage(conversationId, side, author, accountId, Via.WIDGET, text, null,
				clock.instant());
		for (AttachmentPolicy.Accepted file : accepted) {
			conversations.addFile(conversationId, messageId, file);
		}
		audit.record(author, "MESSAGE_POSTED", "conversation", String.valueOf(conversationId), side + " via WIDGET");
		events.publishEvent(new MessagePosted(conversationId, messageId, complaintId, side));
		return messageId;
	}

	/** Website chats are the help desk's and the coordinator's to answer. */
	private static void requireDesk(Actor actor) {
		if (actor.role() != Role.HELPDESK && actor.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "conversation.desk.role");
		}
	}
}
