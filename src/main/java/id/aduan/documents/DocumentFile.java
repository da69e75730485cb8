package id.aduan.documents;

/** A generated document ready to be downloaded: its file name, media type and bytes. */
public record DocumentFile(String fileName, String contentType, byte[] content) {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static DocumentFile pdf(String baseName, byte[] content) {
		return new DocumentFile(baseName + ".pdf", PDF, content);
	}

	public static DocumentFile docx(String baseName, byte[] content) {
		return new DocumentFile(baseName + ".docx", DOCX, content);
	}
}
