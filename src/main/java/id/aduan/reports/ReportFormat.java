package id.aduan.reports;

/** The files the report is delivered as. */
public enum ReportFormat {

	PDF("pdf", "application/pdf"),

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	ReportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	/** Reads a format as people type it ("docx", "PDF"); null when it is none. */
	public static ReportFormat parse(String text) {
		for (ReportFormat format : values()) {
			if (format.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
				return format;
			}
		}
		return null;
	}
}
