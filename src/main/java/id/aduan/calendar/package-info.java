/**
 * Working days of the office: weekends, national holidays and collective leave from the joint
 * ministerial decrees (SKB), the office's regional holidays, and office hours in the office's time
 * zone. {@link id.aduan.calendar.WorkingCalendar} answers every "how many working days" question in
 * Aduan, from deadlines to the report's response-time buckets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
		allowedDependencies = { "system", "catalog", "audit", "accounts" })
package id.aduan.calendar;
