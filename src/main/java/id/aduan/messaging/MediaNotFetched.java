package id.aduan.messaging;

/**
 * A photo or document of an incoming WhatsApp message could not be taken from the platform: it is
 * unreachable or refused, or the bytes that came are not the file the message named (checksum). What the
 * message says is kept all the same; {@code reason} is for the log and the staff's note.
 */
public class MediaNotFetched extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MediaNotFetched(String reason) {
		super(reason);
	}

	public MediaNotFetched(String reason, Throwable cause) {
		super(reason, cause);
	}

	/**
	 * The file is larger than the caller keeps, by the size the platform declares or by the bytes that
	 * came: it was not downloaded whole. {@code size} is the declared size, or -1 when unknown.
	 */
	public static class TooLarge extends MediaNotFetched {

		private static final long serialVersionUID = 1L;

		private final long size;

		TooLarge(long size, long limit) {
			super("berkas " + (size < 0 ? "lebih dari " + limit : size) + " bita, batas " + limit + " bita");
			this.size = size;
		}

		public long size() {
			return size;
		}
	}
}
