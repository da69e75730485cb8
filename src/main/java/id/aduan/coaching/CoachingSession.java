package id.aduan.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.aduan.catalog.PublicService;

/**
 * A coaching session or other documented meeting: when and where, what about and why, the services
 * of the catalogue it covered (in the order the Berita Acara lists them), the integrated services, and
 * once the Berita Acara has been numbered, its letter number. {@code version} guards against two
 * people editing it at once.
 */
public record CoachingSession(long id, int version, SessionKind kind, String topic, LocalDate date,
		String startTime, String endTime, String place, String purpose, String outcome, Long letterNumberId,
		String letterNumber, String checkInToken, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy, List<PublicService> services, List<String> integratedServices) {

	public boolean isNumbered() {
		return letterNumber != null;
	}
}
