package id.aduan.tracking;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of a tracking page's address as a PNG {@code data:} URI: the page may show {@code data:}
 * images under its content security policy, and openhtmltopdf draws PNG but not SVG without a plugin, so
 * one image serves the screen and the printed receipt.
 */
final class TrackingQr {

	private static final int BORDER = 4;

	private static final int SCALE = 8;

	private TrackingQr() {
	}

	static String dataUri(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = (qr.size + 2 * BORDER) * SCALE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean dark = qr.getModule(x / SCALE - BORDER, y / SCALE - BORDER);
				image.setRGB(x, y, dark ? Color.BLACK.getRGB() : Color.WHITE.getRGB());
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}
}
