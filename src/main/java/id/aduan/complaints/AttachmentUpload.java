package id.aduan.complaints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import id.aduan.system.InvalidInput;

/** A file as a user sends it, before it is checked: name and type as the browser claims them. */
public record AttachmentUpload(String fileName, String contentType, byte[] content) {

	/** The files of a form's file field; empty file inputs are skipped. */
	public static List<AttachmentUpload> from(List<MultipartFile> files) {
		List<AttachmentUpload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					try {
						uploads.add(new AttachmentUpload(file.getOriginalFilename(), file.getContentType(),
								file.getBytes()));
					}
					catch (IOException unreadable) {
						throw InvalidInput.of("attachments", "attachment.unreadable", file.getOriginalFilename());
					}
				}
			}
		}
		return uploads;
	}
}
