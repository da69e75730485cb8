package id.aduan.coaching.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.coaching.SessionPaperwork;
import id.aduan.coaching.SessionQueries;
import id.aduan.coaching.SessionQueries.PhotoContent;
import id.aduan.documents.DocumentFile;

/** Downloads of a session: its Berita Acara and Daftar Hadir as PDF or DOCX, and its photos. */
@Controller
@RequestMapping("/staf/pembinaan/{id}")
class DocumentController {

	private final SessionPaperwork paperwork;

	private final SessionQueries queries;

	DocumentController(SessionPaperwork paperwork, SessionQueries queries) {
		this.paperwork = paperwork;
		this.queries = queries;
	}

	@GetMapping("/berita-acara.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return download(paperwork.minutesPdf(id, staff.actor()));
	}

	@GetMapping("/berita-acara.docx")
	ResponseEntity<byte[]> minutesDocx(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return download(paperwork.minutesDocx(id, staff.actor()));
	}

	@GetMapping("/daftar-hadir.pdf")
	ResponseEntity<byte[]> attendancePdf(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return download(paperwork.attendancePdf(id, staff.actor()));
	}

	@GetMapping("/daftar-hadir.docx")
	ResponseEntity<byte[]> attendanceDocx(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal staff) {
		return download(paperwork.attendanceDocx(id, staff.actor()));
	}

	@GetMapping("/foto/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		PhotoContent photo = queries.photo(id, photoId, staff.actor());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.photo().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(photo.photo().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	private static ResponseEntity<byte[]> download(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
