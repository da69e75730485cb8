/**
 * The register of complaints (pengaduan): the {@link id.aduan.complaints.Complaint} aggregate, sole
 * owner of a complaint's status, its timeline and attachments, and the staff's inbox. Other modules
 * register complaints through {@link id.aduan.complaints.ComplaintRegistration}, read them through
 * {@link id.aduan.complaints.ComplaintQueries} (as somebody) or the named interface
 * {@code id.aduan.complaints.queries} (in bulk, never with SQL of their own over the register's tables),
 * and react to the events published here
 * ({@link id.aduan.complaints.ComplaintRegistered}, {@link id.aduan.complaints.ComplaintStatusChanged}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
		allowedDependencies = { "system", "catalog", "accounts", "audit", "calendar" })
package id.aduan.complaints;
