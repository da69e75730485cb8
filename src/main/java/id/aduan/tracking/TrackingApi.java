package id.aduan.tracking;

import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.complaints.AccessKey;
import id.aduan.complaints.ComplainantResponses;
import id.aduan.complaints.PublicTracking;
import id.aduan.complaints.PublicComplaintView;
import id.aduan.complaints.TrackingCode;
import id.aduan.system.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/public/complaints")
@Tag(name = "Pengaduan publik")
class TrackingApi {

	/** The complainant's access key, as the message thread's API takes it. */
	static final String KEY_HEADER = "X-Access-Key";

	/** A complaint's public state, with status names in the reader's language beside the stable codes. */
	record TrackingAnswer(String trackingCode, Instant receivedAt, String title, boolean confidential, String status,
			String statusLabel, String stage, boolean onHold, String answer, Instant answeredAt,
			List<Event> timeline) {
	}

	record Event(Instant occurredAt, String kind, String label, String status, String note, String detail) {
	}

	private final PublicTracking tracking;

	private final MessageSource messages;

	private final ComplainantResponses responses;

	TrackingApi(PublicTracking tracking, MessageSource messages, ComplainantResponses responses) {
		this.tracking = tracking;
		this.messages = messages;
		this.responses = responses;
	}

	@GetMapping("/{trackingCode}")
	@Operation(summary = "Melacak pengaduan", description = "Status, riwayat publik, dan tanggapan atas pengaduan dengan kode pelacakan ini.")
	@ApiResponse(responseCode = "200", description = "Pengaduan ditemukan")
	@ApiResponse(responseCode = "404", description = "Kode pelacakan tidak dikenal")
	TrackingAnswer track(@PathVariable String trackingCode) {
		PublicComplaintView view = TrackingCode.parse(trackingCode)
			.flatMap(tracking::view)
			.orElseThrow(() -> new NotFound("tracking.code.unknown"));
		return new TrackingAnswer(view.trackingCode(), view.receivedAt(), view.title(), view.confidential(),
				view.status().name(), text("status." + view.status().name()), view.stage().name(), view.onHold(),
				view.answer(), view.answeredAt(),
				view.timeline()
					.stream()
					.map(event -> new Event(event.occurredAt(), event.kind().name(),
							text("timeline." + event.kind().name()), event.statusAfter().name(), event.note(),
							event.detail()))
					.toList());
	}

	/** The complainant's verdict on the answer. */
	record RatingRequest(Integer score, Boolean solved, String comment) {
	}

	/** The complainant's reason for disputing the answer. */
	record DisputeRequest(String reason) {
	}

	@PostMapping("/{trackingCode}/rating")
	@Operation(summary = "Menilai tanggapan", description = "Nilai 1–5, apakah masalah selesai, dan komentar; sekali untuk setiap tanggapan. "
			+ "Kunci akses di header X-Access-Key.")
	@ApiResponse(responseCode = "204", description = "Penilaian disimpan")
	@ApiResponse(responseCode = "404", description = "Kode pelacakan atau kunci akses salah")
	@ApiResponse(responseCode = "409", description = "Belum ada tanggapan, atau tanggapan ini sudah dinilai")
	ResponseEntity<Void> rate(@PathVariable String trackingCode,
			@RequestHeader(name = KEY_HEADER, required = false) String key, @RequestBody RatingRequest request) {
		responses.rate(code(trackingCode), AccessKey.parse(key).orElse(null), request.score(), request.solved(),
				request.comment());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{trackingCode}/dispute")
	@Operation(summary = "Mengajukan keberatan", description = "Selama jangka waktu keberatan setelah tanggapan; pengaduan dibuka kembali. "
			+ "Kunci akses di header X-Access-Key.")
	@ApiResponse(responseCode = "204", description = "Keberatan diterima, pengaduan dibuka kembali")
	@ApiResponse(responseCode = "404", description = "Kode pelacakan atau kunci akses salah")
	@ApiResponse(responseCode = "409", description = "Jangka waktu keberatan telah lewat, atau belum ada tanggapan")
	ResponseEntity<Void> dispute(@PathVariable String trackingCode,
			@RequestHeader(name = KEY_HEADER, required = false) String key, @RequestBody DisputeRequest request) {
		responses.dispute(code(trackingCode), AccessKey.parse(key).orElse(null), request.reason());
		return ResponseEntity.noContent().build();
	}

	private static TrackingCode code(String value) {
		return TrackingCode.parse(value).orElseThrow(() -> new NotFound("tracking.code.unknown"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
