package id.aduan.open311;

import id.aduan.complaints.Receipt;

/**
 * A request just created: its service_request_id (the complaint's number), its token, and the notice
 * for the sender, which carries the tracking code and access key for the citizen. Kept for an
 * Idempotency-Key's replay, it has no access key ({@code null}): the key is never stored in plain.
 */
public record CreatedRequest(long serviceRequestId, String token, String trackingCode, String accessKey) {

	static CreatedRequest of(Receipt receipt, String token) {
		return new CreatedRequest(receipt.complaintId(), token, receipt.trackingCode().value(),
				receipt.accessKey() == null ? null : receipt.accessKey().value());
	}
}
