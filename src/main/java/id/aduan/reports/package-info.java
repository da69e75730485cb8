/**
 * The office's figures and the documents made of them: the semester and annual report in the seed's
 * structure (Perpres 76/2013 Pasal 9), the dashboard, and exports. Every count comes from
 * {@link id.aduan.reports.ComplaintStatistics}, so the page, the report and the spreadsheet of the same
 * period show the same numbers, and every breakdown adds up to its total.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "complaints :: queries", "calendar",
			"language", "audit", "documents", "coaching" })
package id.aduan.reports;
