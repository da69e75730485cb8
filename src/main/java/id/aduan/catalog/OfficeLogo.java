package id.aduan.catalog;

import java.time.Instant;

/** The office's emblem as uploaded: a PNG or JPEG image, with who put it there and when. */
public record OfficeLogo(byte[] content, String contentType, String sha256, Instant uploadedAt, String uploadedBy) {
}
