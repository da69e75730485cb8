package id.aduan.conversations;

import java.util.List;

/** A complaint's thread as one reader sees it, and whether that reader may write in it. */
public record ThreadView(long complaintId, String trackingCode, List<Message> messages, boolean canPost) {
}
