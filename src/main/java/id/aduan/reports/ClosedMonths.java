package id.aduan.reports;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * Where {@link ComplaintStatistics} learns which months are closed and what was frozen for them. The
 * monthly recaps (module {@code recaps}) close months and implement this; the reports do not know that
 * module, so the dependency runs one way only (recaps → reports). Without an implementation no month is
 * closed and every figure is counted live.
 */
public interface ClosedMonths {

	/** The closed months among {@code months}, each with the figures of its latest revision. */
	Map<YearMonth, ClosedMonth> closed(Collection<YearMonth> months);
}
