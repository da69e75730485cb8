package id.aduan.reports;

import java.time.YearMonth;
import java.util.List;

/** A month the coordinator has closed: the figures of its latest revision, frozen. */
public record ClosedMonth(YearMonth month, int revision, List<FrozenCount> counts) {

	public ClosedMonth {
		counts = List.copyOf(counts);
	}
}
