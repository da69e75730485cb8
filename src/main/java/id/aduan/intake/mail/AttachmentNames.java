package id.aduan.intake.mail;

/** A file name as it may be shown in a text: no path, no control characters, not too long. */
final class AttachmentNames {

	private AttachmentNames() {
	}

	static String safe(String raw) {
		String name = raw == null ? "lampiran" : raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "_").strip();
		if (name.isEmpty()) {
			name = "lampiran";
		}
		return name.length() > 100 ? name.substring(0, 100) + "…" : name;
	}
}
