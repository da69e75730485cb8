/**
 * A demo office (kantor contoh): fills an empty register with a realistic year of an office like the
 * seed's, through the same doors the office itself uses (the history import, the recap cycle, the
 * coaching sessions), so that a newcomer sees a living dashboard and report in the first minute.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo office",
		allowedDependencies = { "system", "catalog", "accounts", "calendar", "history", "recaps", "coaching" })
package id.aduan.demo;
