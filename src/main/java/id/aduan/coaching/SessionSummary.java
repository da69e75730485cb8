package id.aduan.coaching;

import java.time.LocalDate;

/** One line of the list of sessions. */
public record SessionSummary(long id, SessionKind kind, String topic, LocalDate date, String place,
		String letterNumber, int participants, int photos) {
}
