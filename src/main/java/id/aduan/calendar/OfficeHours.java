package id.aduan.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** When the office is open on each day of the week; a day without hours is not a working day. */
public record OfficeHours(Map<DayOfWeek, Hours> byDay) {

	/** Opening and closing time of one day. */
	public record Hours(LocalTime opens, LocalTime closes) {
	}

	public OfficeHours {
		byDay = Map.copyOf(byDay);
	}

	/** Monday to Thursday 08:00–16:00, Friday 08:00–11:30, closed at the weekend. */
	public static OfficeHours standard() {
		Map<DayOfWeek, Hours> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY }) {
			hours.put(day, new Hours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
		}
		hours.put(DayOfWeek.FRIDAY, new Hours(LocalTime.of(8, 0), LocalTime.of(11, 30)));
		return new OfficeHours(hours);
	}

	public Optional<Hours> on(DayOfWeek day) {
		return Optional.ofNullable(byDay.get(day));
	}
}
