/**
 * Official documents of the office, for every module that produces paperwork (the coaching
 * session's Berita Acara and Daftar Hadir, the semester report):
 * <ul>
 * <li>{@link id.aduan.documents.OfficialDocuments}: the letterhead (kop surat) and the head of
 * office's signature block from the office profile, and the documents' Indonesian wording;</li>
 * <li>{@link id.aduan.documents.PdfDocuments}: a Thymeleaf template rendered to PDF with an embedded
 * serif font, so that a document looks the same on every computer and printer; templates use the
 * fragments of {@code templates/documents/official.html};</li>
 * <li>{@link id.aduan.documents.DocxDocument}: the same paperwork as an editable Word file, built
 * piece by piece (letterhead, headings, numbered lists, tables whose header row repeats on every
 * page, signature blocks);</li>
 * <li>{@link id.aduan.documents.LetterNumbering}: official letter numbers ({@code 460/148/VI/2023})
 * from one gap-free, never-reused sequence per office and year, and the register of numbers issued.</li>
 * </ul>
 * Documents are always written in Indonesian, whatever language the person asking reads the pages in:
 * they are the office's official record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "system", "catalog", "accounts", "audit", "language" })
package id.aduan.documents;
