/**
 * Periksa Laporan: audits a report that someone else wrote (plain text, DOCX or PDF with a text
 * layer) for numbers that do not add up, and answers with findings, each naming its rule, its line
 * and what was expected and found. Offered as a public page, a public API and a command-line verb
 * that runs without Spring or a database; it stores nothing. Reading lives in {@code reading}, each
 * rule is a small policy in {@code rules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report audit",
		allowedDependencies = { "system", "language" })
package id.aduan.reportaudit;
