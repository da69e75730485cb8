package id.aduan.conversations;

/**
 * A complaint's thread as counted for whoever holds only the tracking code: how many messages, how many of
 * them the office wrote, and whether the office wrote last, so that its question waits for an answer.
 */
public record ThreadSummary(int messages, int fromOffice, boolean officeWroteLast) {

	public boolean isEmpty() {
		return messages == 0;
	}
}
