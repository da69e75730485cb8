/**
 * Monthly unit recaps (rekapitulasi bulanan) and the office's consolidation, as section 3 of the seed
 * describes them: every work unit reviews the recap of the complaints it received in a month (counted by
 * {@link id.aduan.reports.ComplaintStatistics}, like every figure), adds those it received outside Aduan
 * (one by one or from the recap spreadsheet), and submits it by the 5th of the next month (the next
 * working day when the 5th is not one), with its head's approval when the office asks for it. The
 * coordinator watches the board and closes the month, which freezes the office's figures; a later
 * correction is a new revision with who and why. Reports read closed months through
 * {@link id.aduan.reports.ClosedMonths}, which this module implements; the reminders are emailed by
 * {@code followup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monthly recaps",
		allowedDependencies = { "system", "catalog", "accounts", "audit", "calendar", "complaints", "reports",
			"language" })
package id.aduan.recaps;
