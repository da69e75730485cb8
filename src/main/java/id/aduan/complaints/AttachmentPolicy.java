package id.aduan.complaints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import id.aduan.system.Problems;
import id.aduan.system.Sha256;

/**
 * What files a complaint accepts: photos (JPEG, PNG) and PDF, recognised by their first bytes rather
 * than by what the browser or the file name claims, each at most {@code maxSize}, at most
 * {@code maxFiles} per submission.
 */
@ConfigurationProperties("aduan.attachments")
public record AttachmentPolicy(@DefaultValue("5") int maxFiles, @DefaultValue("5MB") DataSize maxSize) {

	/** A file that passed the checks, with its real type and a safe name. */
	public record Accepted(String fileName, String contentType, byte[] content) {

		/** The SHA-256 of the content, in hex: stored beside every kept file so a copy can be checked. */
		public String sha256() {
			return Sha256.hex(content);
		}
	}

	private enum Kind {

		JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
		PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
		PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

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

	/**
	 * Checks every file; problems are reported on {@code field} naming the file concerned. Other channels
	 * (the message thread, email) check their files here too, so every file Aduan keeps passed one policy.
	 */
	public List<Accepted> check(String field, List<AttachmentUpload> uploads, boolean imagesOnly, Problems problems) {
		List<AttachmentUpload> given = uploads.stream()
			.filter(upload -> upload.content() != null && upload.content().length > 0)
			.toList();
		if (given.size() > maxFiles) {
			problems.add(field, "attachment.tooMany", maxFiles);
			return List.of();
		}
		List<Accepted> accepted = new ArrayList<>();
		for (AttachmentUpload upload : given) {
			String name = safeName(upload.fileName());
			Optional<Kind> kind = Kind.of(upload.content());
			if (upload.content().length > maxSize.toBytes()) {
				problems.add(field, "attachment.tooLarge", name, maxSize.toMegabytes());
			}
			else if (kind.isEmpty() || imagesOnly && kind.get() == Kind.PDF) {
				problems.add(field, imagesOnly ? "attachment.notImage" : "attachment.type", name);
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
			name = "lampiran";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}
}
