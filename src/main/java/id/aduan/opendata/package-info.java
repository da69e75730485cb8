/**
 * Open data (data terbuka): the office's complaint figures published for everyone, as a page and as JSON
 * and CSV at {@code /api/v1/public/statistics}. Every figure is taken from the official report's one
 * counting path ({@link id.aduan.reports.ComplaintStatistics}), so the published numbers are the report's;
 * only counts leave, never a name, a text or anything of a confidential complaint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data",
		allowedDependencies = { "system", "catalog", "complaints", "reports" })
package id.aduan.opendata;
