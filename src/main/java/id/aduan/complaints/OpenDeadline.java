package id.aduan.complaints;

import java.time.LocalDate;

/** A complaint whose staff deadline is running: who must act (stage, unit) and by when. */
public record OpenDeadline(long id, String trackingCode, String title, DeadlineSchedule.Stage stage, LocalDate due,
		Long unitId) {
}
