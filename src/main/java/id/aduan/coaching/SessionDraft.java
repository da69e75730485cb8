package id.aduan.coaching;

import java.time.LocalDate;
import java.util.List;

import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Required;

/**
 * A session as the coordinator describes it. Times are "HH:mm" in the office's time zone; the
 * integrated services are one per line.
 */
public record SessionDraft(SessionKind kind, @Required @MaxLength(300) @PlainText String topic, LocalDate date,
		String startTime, String endTime, @MaxLength(300) @PlainText String place,
		@MaxLength(4000) @PlainText String purpose, @MaxLength(4000) @PlainText String outcome, List<Long> serviceIds,
		String integratedServices) {

	public SessionDraft {
		serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
	}
}
