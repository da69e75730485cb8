package id.aduan.coaching;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of a session's self check-in address, as an SVG image the page shows inline: sharp at any
 * size, on a projector or printed at the door, and nothing to store.
 */
final class CheckInQr {

	private static final int BORDER = 4;

	private CheckInQr() {
	}

	static String svg(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + 2 * BORDER;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\" role=\"img\" class=\"check-in-qr\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
	}
}
