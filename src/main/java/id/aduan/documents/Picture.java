package id.aduan.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * A picture for an official document (a chart, a documentation photo), with its size in pixels so
 * that the PDF and the DOCX place it at the same size on the page, never stretched.
 * <p>
 * Usage: {@code Picture.of(bytes, "image/jpeg").map(p -> p.fitted(15, 10))} gives the picture at
 * most 15 cm wide and 10 cm high; the PDF template reads {@link #dataUri()} and {@link #style()},
 * {@link DocxDocument#picture(Picture)} takes it as it is.
 */
public record Picture(byte[] content, String contentType, int pixelWidth, int pixelHeight, double widthCm,
		double heightCm) {

	/** The picture, 15 cm wide at most (its natural size at 150 dpi otherwise); empty when the bytes are no JPEG or PNG image. */
	public static Optional<Picture> of(byte[] content, String contentType) {
		if (!"image/png".equals(contentType) && !"image/jpeg".equals(contentType)) {
			return Optional.empty();
		}
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
		if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
			return Optional.empty();
		}
		double naturalWidth = image.getWidth() * 2.54 / 150;
		double naturalHeight = image.getHeight() * 2.54 / 150;
		Picture natural = new Picture(content, contentType, image.getWidth(), image.getHeight(), naturalWidth,
				naturalHeight);
		return Optional.of(natural.within(15, 22));
	}

	/** The same picture scaled up or down, keeping its proportions, to fill a box of the given size. */
	public Picture fitted(double maxWidthCm, double maxHeightCm) {
		double scale = Math.min(maxWidthCm / pixelWidth, maxHeightCm / pixelHeight);
		double width = Math.round(pixelWidth * scale * 100) / 100.0;
		double height = Math.round(pixelHeight * scale * 100) / 100.0;
		return new Picture(content, contentType, pixelWidth, pixelHeight, width, height);
	}

	/** The same picture made smaller, if need be, to fit the box; never made larger than it is. */
	public Picture within(double maxWidthCm, double maxHeightCm) {
		return widthCm <= maxWidthCm && heightCm <= maxHeightCm ? this : fitted(maxWidthCm, maxHeightCm);
	}

	/** "data:image/png;base64,…", for an {@code <img>} of a PDF template. */
	public String dataUri() {
		return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(content);
	}

	/** "width: 15.0cm; height: 9.2cm", for the same {@code <img>}. */
	public String style() {
		return "width: " + widthCm + "cm; height: " + heightCm + "cm";
	}
}
