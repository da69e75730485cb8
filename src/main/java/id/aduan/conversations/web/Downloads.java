package id.aduan.conversations.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.aduan.conversations.FileContent;

/** A message's file as a download: its checked type, its safe name, and no sniffing by the browser. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(FileContent file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
