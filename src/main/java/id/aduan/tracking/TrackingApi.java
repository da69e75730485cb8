package id.aduan.tracking;

import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.complaints.ComplaintQueries;
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

	/** A complaint's public state, with status names in the reader's language beside the stable codes. */
	record TrackingAnswer(String trackingCode, Instant receivedAt, String title, boolean confidential, String status,
			String statusLabel, String stage, boolean onHold, String answer, Instant answeredAt,
			List<Event> timeline) {
	}

	record Event(Instant occurredAt, String kind, String label, String status, String note, String detail) {
	}

	private final ComplaintQueries queries;

	private final MessageSource messages;

	TrackingApi(ComplaintQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/{trackingCode}")
	@Operation(summary = "Melacak pengaduan", description = "Status, riwayat publik, dan tanggapan atas pengaduan dengan kode pelacakan ini.")
	@ApiResponse(responseCode = "200", description = "Pengaduan ditemukan")
	@ApiResponse(responseCode = "404", description = "Kode pelacakan tidak dikenal")
	TrackingAnswer track(@PathVariable String trackingCode) {
		PublicComplaintView view = TrackingCode.parse(trackingCode)
			.flatMap(queries::publicView)
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

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
