/**
 * The register's published reads: every other module that needs complaints in bulk (counted, listed,
 * compared, shown to the public) reads them here, never with its own SQL over the register's tables
 * ({@code complaint}, {@code complaint_event}, {@code attachment}, {@code complaint_rating}). Module
 * {@code complaints} can then change its tables and know every query it must change with them;
 * {@code RegisterTablesAreReadOnlyByComplaintsTest} fails when another module's SQL names them.
 * <p>
 * Each class answers one caller's need with the SQL that caller used to run itself, so nothing is
 * slower: {@link id.aduan.complaints.queries.RegisterStatistics} (the reports' counting),
 * {@link id.aduan.complaints.queries.RegisterLines} (the reports' list of a period's complaints),
 * {@link id.aduan.complaints.queries.ComplaintReferences} (sanctions),
 * {@link id.aduan.complaints.queries.ComplaintProgress} (what is reported back to SP4N-LAPOR!),
 * {@link id.aduan.complaints.queries.SimilarComplaints} (probable duplicates) and
 * {@link id.aduan.complaints.queries.PublicRegister} (Open311). Reads done as somebody (inbox, details,
 * tracking) stay with {@link id.aduan.complaints.ComplaintQueries} and
 * {@link id.aduan.complaints.PublicTracking} in the module's root.
 * <p>
 * A named interface, so that a module must declare {@code "complaints :: queries"} to use it and the
 * module graph shows who reads the register in bulk.
 */
@org.springframework.modulith.NamedInterface("queries")
package id.aduan.complaints.queries;
