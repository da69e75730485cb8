/**
 * The office's history brought in (impor riwayat): complaints handled before Aduan, read from the
 * office's CSV or XLSX file, checked whole before anything is stored, and registered with the dates of
 * their handling through {@link id.aduan.complaints.ComplaintHistory}; from the command line
 * ({@code import-history}) and the administrator's page, with a template of the office's codes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "History import",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "audit", "reports" })
package id.aduan.history;
