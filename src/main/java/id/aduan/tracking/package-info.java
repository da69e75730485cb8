/**
 * What a citizen sees of their complaint: the tracking page and the tracking API, for whoever holds
 * the tracking code. Shows status, the public timeline and the office's answer, never the internal
 * side of the handling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
		allowedDependencies = { "system", "catalog", "complaints" })
package id.aduan.tracking;
