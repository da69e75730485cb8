package id.aduan.calendar;

/** Why a date is not a working day. */
public enum DayKind {

	/** Hari libur nasional, from the SKB. */
	NATIONAL_HOLIDAY,
	/** Cuti bersama, from the SKB; whether it stops work is an office setting. */
	COLLECTIVE_LEAVE,
	/** Libur daerah, set by the office. */
	REGIONAL_HOLIDAY,
	/** A day the office has no hours, usually Saturday and Sunday. */
	WEEKEND;

	/** The kinds an administrator enters as dates (weekends follow from the office hours). */
	public static DayKind[] entered() {
		return new DayKind[] { NATIONAL_HOLIDAY, COLLECTIVE_LEAVE, REGIONAL_HOLIDAY };
	}
}
