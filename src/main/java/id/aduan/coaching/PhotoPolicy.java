package id.aduan.coaching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import id.aduan.complaints.AttachmentUpload;
import id.aduan.system.Problems;

/**
 * What a session's documentation photos may be: JPEG or PNG, recognised by their first bytes and not
 * by what the browser or the file name claims (the PDF renderer and the report can print exactly
 * these), each at most {@code maxSize}, at most {@code maxFiles} per upload.
 */
@ConfigurationProperties("aduan.coaching.photos")
record PhotoPolicy(@DefaultValue("10") int maxFiles, @DefaultValue("5MB") DataSize maxSize) {

	/** A photo that passed the checks, with its real type and a safe name. */
	record Accepted(String fileName, String contentType, byte[] content) {
	}

	private enum Kind {

		JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
		PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

		private final String contentType;

		private final byte[] magic;

		Kind(String contentType, byte[] magic) {
			this.contentType = contentType;
			this.magic = magic;
		}

		static Optional<Kind> of(byte[] content) {
			return Arrays.stream(values())
				.filter(kind -> content.length >= kind.magic.length
						&& Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
				.findFirst();
		}
	}

	/** Checks every photo; problems go on the field {@code photos}, naming the file concerned. */
	List<Accepted> check(List<AttachmentUpload> uploads, Problems problems) {
		List<AttachmentUpload> given = uploads.stream()
			.filter(upload -> upload.content() != null && upload.content().length > 0)
			.toList();
		if (given.isEmpty()) {
			problems.add("photos", "coaching.photo.required");
			return List.of();
		}
		if (given.size() > maxFiles) {
			problems.add("photos", "coaching.photo.tooMany", String.valueOf(maxFiles));
			return List.of();
		}
		List<Accepted> accepted = new ArrayList<>();
		for (AttachmentUpload upload : given) {
			String name = safeName(upload.fileName());
			Optional<Kind> kind = Kind.of(upload.content());
			if (upload.content().length > maxSize.toBytes()) {
				problems.add("photos", "coaching.photo.tooLarge", name, String.valueOf(maxSize.toMegabytes()));
			}
			else if (kind.isEmpty()) {
				problems.add("photos", "coaching.photo.notImage", name);
			}
			else {
				accepted.add(new Accepted(name, kind.get().contentType, upload.content()));
			}
		}
		return accepted;
	}

	/** The last path segment, without control or path characters, at most 255 characters. */
	static String safeName(String raw) {
		String name = raw == null ? "" : raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "foto";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}
}
