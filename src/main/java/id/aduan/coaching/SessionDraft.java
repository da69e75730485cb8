package id.aduan.coaching;

import java.time.LocalDate;
import java.util.List;

/**
 * A session as the coordinator describes it. Times are "HH:mm" in the office's time zone; the
 * integrated services are one per line.
 */
public record SessionDraft(SessionKind kind, String topic, LocalDate date, String startTime, String endTime,
		String place, String purpose, String outcome, List<Long> serviceIds, String integratedServices) {

	public SessionDraft {
		serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
	}
}
