package id.aduan.coaching;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import id.aduan.complaints.AttachmentPolicy;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.system.Problems;

/**
 * What a session's documentation photos may be: JPEG or PNG, each at most {@code maxSize}, at most
 * {@code maxFiles} per upload, at least one. Each file is checked by the complaints' own
 * {@link AttachmentPolicy} (type by its first bytes, a safe name), so every file Aduan keeps passed
 * the same checks; only the limits are the photos' own.
 */
@ConfigurationProperties("aduan.coaching.photos")
record PhotoPolicy(@DefaultValue("10") int maxFiles, @DefaultValue("5MB") DataSize maxSize) {

	/** Checks every photo; problems go on the field {@code photos}, naming the file concerned. */
	List<AttachmentPolicy.Accepted> check(List<AttachmentUpload> uploads, Problems problems) {
		if (uploads.stream().noneMatch(upload -> upload.content() != null && upload.content().length > 0)) {
			problems.add("photos", "coaching.photo.required");
			return List.of();
		}
		return new AttachmentPolicy(maxFiles, maxSize).check("photos", uploads, true, problems);
	}
}
