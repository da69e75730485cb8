package id.aduan.coaching;

import java.time.Instant;

/** A complaint whose follow-up a session was. */
public record LinkedComplaint(long complaintId, String trackingCode, Instant linkedAt, String linkedBy) {
}
