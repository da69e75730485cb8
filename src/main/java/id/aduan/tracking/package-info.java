/**
 * What a citizen sees of their complaint: the tracking page and the tracking API, for whoever holds
 * the tracking code. Shows status, the public timeline and the office's answer, never the internal
 * side of the handling; that the office wrote in the complaint's thread, and with the access key the
 * thread itself. Rating or disputing the answer takes the access key as well. The receipt (tanda terima)
 * of every complaint, on screen and as a one-page PDF, is here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
		allowedDependencies = { "system", "catalog", "complaints", "conversations", "documents" })
package id.aduan.tracking;
