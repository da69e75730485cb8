package id.aduan.conversations.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.aduan.complaints.AttachmentUpload;
import id.aduan.conversations.ChatView;
import id.aduan.conversations.StartedChat;
import id.aduan.conversations.WidgetChats;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the chat widget talks to: no cookie and no login, so it works inside the office's website; the
 * chat's token travels in the {@code X-Conversation-Token} header. {@code website} is a honeypot: people
 * never see it, simple bots fill it in, and such a chat is refused.
 */
@RestController
@RequestMapping("/api/v1/public/conversations")
@Tag(name = "Percakapan laman", description = "Jendela percakapan (widget) di laman kantor")
class WidgetApi {

	static final String TOKEN_HEADER = "X-Conversation-Token";

	record StartRequest(String name, String email, String phone, String text, String website) {
	}

	record MessageRequest(String text) {
	}

	record ChatAnswer(String conversationId, String status, String trackingCode, List<MessageAnswer> messages) {
	}

	record MessageAnswer(long id, Instant sentAt, String side, String author, String text, List<FileAnswer> files) {
	}

	record FileAnswer(long id, String fileName, String contentType, long sizeBytes) {
	}

	record Posted(long id) {
	}

	private final WidgetChats chats;

	WidgetApi(WidgetChats chats) {
		this.chats = chats;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Membuka percakapan", description = "201 dengan conversationId dan token; simpan token, hanya diberikan sekali.")
	ResponseEntity<StartedChat> start(@RequestBody StartRequest request) {
		return start(request.name(), request.email(), request.phone(), request.text(), request.website(), List.of());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<StartedChat> startWithFiles(@RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String text, @RequestParam(required = false) String website,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments) {
		return start(name, email, phone, text, website, AttachmentUpload.from(attachments));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Membaca percakapan", description = "Token di header X-Conversation-Token; 404 bila salah.")
	ChatAnswer read(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
		ChatView chat = chats.forVisitor(id, token);
		return new ChatAnswer(chat.conversation().publicId(), chat.conversation().status().name(), chat.trackingCode(),
				chat.messages()
					.stream()
					.map(m -> new MessageAnswer(m.id(), m.sentAt(), m.side().name(), m.publicAuthor(), m.body(),
							m.files()
								.stream()
								.map(f -> new FileAnswer(f.id(), f.fileName(), f.contentType(), f.sizeBytes()))
								.toList()))
					.toList());
	}

	@PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Posted> post(@PathVariable String id, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
			@RequestBody MessageRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Posted(chats.postAsVisitor(id, token, request.text(), List.of())));
	}

	@PostMapping(path = "/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Posted> postWithFiles(@PathVariable String id,
			@RequestHeader(name = TOKEN_HEADER, required = false) String token,
			@RequestParam(required = false) String text,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Posted(chats.postAsVisitor(id, token, text, AttachmentUpload.from(attachments))));
	}

	@GetMapping("/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable long fileId,
			@RequestHeader(name = TOKEN_HEADER, required = false) String token) {
		return Downloads.of(chats.fileForVisitor(id, token, fileId).orElseThrow(() -> new NotFound("attachment.notFound")));
	}

	private ResponseEntity<StartedChat> start(String name, String email, String phone, String text, String website,
			List<AttachmentUpload> files) {
		if (website != null && !website.isBlank()) {
			throw InvalidInput.of("website", "intake.honeypot");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(chats.start(name, email, phone, text, files));
	}
}
