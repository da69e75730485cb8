package id.aduan.messaging;

import java.time.Instant;

/**
 * The platform reported what became of a message Aduan sent: {@code status} is {@code sent},
 * {@code delivered}, {@code read} or {@code failed} (with {@code error}), for the message whose id the
 * platform gave when it was sent.
 */
public record WhatsAppStatusReported(String messageId, String status, Instant at, String error) {
}
