/**
 * Coaching sessions (pembinaan) and the other meetings the office documents — follow-up visits and
 * coordination meetings — with their official paperwork: the numbered Berita Acara, signed by the
 * representatives and the head of office, and the Daftar Hadir of the participants, as DOCX and PDF.
 * A session records the services of the catalogue it covered, the integrated services, the
 * complaints whose follow-up it was, and documentation photos; photos (the session's own and its
 * complaints' follow-up photos) can be chosen for the semester report's appendix, which reads them
 * through {@link id.aduan.coaching.DocumentationPhotos}.
 * <p>
 * The coordinator (Poksi Humas dan Protokol) manages sessions; every other member of staff reads
 * them and downloads their documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching", allowedDependencies = { "system", "catalog",
		"accounts", "audit", "complaints", "documents", "language" })
package id.aduan.coaching;
