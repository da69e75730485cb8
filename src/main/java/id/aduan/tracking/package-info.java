/**
 * What a citizen sees of their complaint: the tracking page and the tracking API, for whoever holds
 * the tracking code. Shows status, the public timeline and the office's answer, never the internal
 * side of the handling. Rating or disputing the answer takes the access key as well.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
		allowedDependencies = { "system", "catalog", "complaints" })
package id.aduan.tracking;
