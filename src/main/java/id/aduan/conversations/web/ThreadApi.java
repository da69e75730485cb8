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

import id.aduan.complaints.AccessKey;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.TrackingCode;
import id.aduan.conversations.ComplaintThreads;
import id.aduan.conversations.Message;
import id.aduan.conversations.ThreadView;
import id.aduan.conversations.Via;
import id.aduan.system.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The complainant's thread for applications: the tracking code in the path and the access key in the
 * {@code X-Access-Key} header (never in a URL, where logs would keep it). A wrong pair is 404.
 */
@RestController
@RequestMapping("/api/v1/public/complaints/{code}/messages")
@Tag(name = "Percakapan pengaduan", description = "Pesan antara pengadu dan petugas")
class ThreadApi {

	static final String KEY_HEADER = "X-Access-Key";

	/** A message as the complainant sees it: staff are not named. */
	record MessageAnswer(long id, Instant sentAt, String side, String author, String via, String text,
			List<FileAnswer> files) {

		static MessageAnswer of(Message message, String filePath) {
			return new MessageAnswer(message.id(), message.sentAt(), message.side().name(), message.publicAuthor(),
					message.via().name(), message.body(),
					message.files()
						.stream()
						.map(file -> new FileAnswer(file.id(), file.fileName(), file.contentType(), file.sizeBytes(),
								filePath + file.id()))
						.toList());
		}
	}

	record FileAnswer(long id, String fileName, String contentType, long sizeBytes, String url) {
	}

	record MessageRequest(String text) {
	}

	record Posted(long id) {
	}

	private final ComplaintThreads threads;

	ThreadApi(ComplaintThreads threads) {
		this.threads = threads;
	}

	@GetMapping
	@Operation(summary = "Membaca percakapan pengaduan", description = "Kunci akses di header X-Access-Key; 404 bila kode atau kunci salah.")
	List<MessageAnswer> read(@PathVariable String code, @RequestHeader(name = KEY_HEADER, required = false) String key) {
		TrackingCode tracking = code(code);
		ThreadView thread = threads.forComplainant(tracking, AccessKey.parse(key).orElse(null));
		String files = "/api/v1/public/complaints/" + tracking.value() + "/messages/files/";
		return thread.messages().stream().map(message -> MessageAnswer.of(message, files)).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Mengirim pesan kepada petugas", description = "Teks saja; untuk berkas kirim multipart/form-data dengan bagian text dan attachments.")
	ResponseEntity<Posted> post(@PathVariable String code, @RequestHeader(name = KEY_HEADER, required = false) String key,
			@RequestBody MessageRequest request) {
		return posted(threads.postAsComplainant(code(code), AccessKey.parse(key).orElse(null), request.text(), List.of(),
				Via.API));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Posted> postWithFiles(@PathVariable String code,
			@RequestHeader(name = KEY_HEADER, required = false) String key,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments) {
		return posted(threads.postAsComplainant(code(code), AccessKey.parse(key).orElse(null), text,
				AttachmentUpload.from(attachments), Via.API));
	}

	@GetMapping("/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId,
			@RequestHeader(name = KEY_HEADER, required = false) String key) {
		return Downloads.of(threads.fileForComplainant(code(code), AccessKey.parse(key).orElse(null), fileId)
			.orElseThrow(() -> new NotFound("attachment.notFound")));
	}

	private static ResponseEntity<Posted> posted(long id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Posted(id));
	}

	private static TrackingCode code(String code) {
		return TrackingCode.parse(code).orElseThrow(() -> new NotFound("tracking.code.unknown"));
	}
}
