package id.aduan.backup;

/** What a backup holds or a restore brought back, for the command's report. */
public record BackupSummary(String schemaVersion, int tables, long complaints, long attachments, long auditEntries,
		long bytes) {

	static BackupSummary of(BackupManifest manifest, long bytes) {
		return new BackupSummary(manifest.schemaVersion(), manifest.tables().size(), manifest.rows("complaint"),
				manifest.rows("attachment") + manifest.rows("coaching_photo"), manifest.rows("audit_entry"), bytes);
	}
}
