package id.aduan.coaching;

import java.time.LocalDate;

/** What a participant sees on the self check-in page: which session they are signing in to. */
public record CheckInView(long sessionId, String topic, LocalDate date, String place) {
}
