package id.aduan.open311;

/**
 * A request just created: its service_request_id (the complaint's number), its token, and the notice
 * for the sender, which carries the tracking code and access key for the citizen.
 */
public record CreatedRequest(long serviceRequestId, String token, String trackingCode, String accessKey) {
}
