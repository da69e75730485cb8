package id.aduan.complaints;

import java.time.Instant;

import id.aduan.system.FieldName;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;

/**
 * How a complaint came in: by which channel (saluran), when it was received (empty for "now"), and
 * the channel's own reference to it (rujukan saluran: a post link, an email's Message-ID, a LAPOR!
 * ticket, a letter number), if it has one.
 */
public record Arrival(Long channelId, Instant receivedAt,
		@FieldName("channelReference") @MaxLength(500) @PlainText String reference) {

	/** Received now by {@code channelId}, with no reference of the channel's own. */
	public static Arrival by(Long channelId) {
		return new Arrival(channelId, null, null);
	}
}
