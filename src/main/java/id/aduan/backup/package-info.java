/**
 * Backup and restore of everything Aduan keeps (complaints, timelines, attachments, accounts,
 * reference data, the audit chain) as one portable file that moves between H2 and PostgreSQL: the
 * {@code backup} and {@code restore} verbs of the jar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup", allowedDependencies = { "system", "audit" })
package id.aduan.backup;
