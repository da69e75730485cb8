package id.aduan.documents;

import java.time.Instant;

/**
 * A kind of official document that takes a letter number, with the archive classification code its
 * numbers carry (e.g. 460 for social affairs). The administrator may change the code; numbers
 * already issued keep the code they were issued with.
 */
public record DocumentKind(String code, String name, String classificationCode, Instant updatedAt,
		String updatedBy) {
}
