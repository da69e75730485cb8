package id.aduan.reportaudit;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruled lines drawn on a PDF page: the borders of its tables, as a word processor prints them
 * (stroked lines, a rectangle per cell, or thin filled bars). Only straight horizontal and vertical
 * strokes count; they are given in points from the page's top left, like the text's positions, so
 * that the words of a bordered table can be placed in its cells and rows even where the gap between
 * two cells is no wider than a space.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

	/** A stroke shorter than this is a mark (a bullet, an underline's dot), not a border. */
	private static final float SHORTEST = 4f;

	/** A ruled line: horizontal when {@code top == bottom}, vertical when {@code left == right}. */
	record Ruling(float left, float top, float right, float bottom) {

		boolean horizontal() {
			return top == bottom;
		}
	}

	private final float originX;

	private final float originY;

	private final List<Ruling> rulings = new ArrayList<>();

	private final List<float[]> segments = new ArrayList<>();

	private final List<Point2D> subpath = new ArrayList<>();

	private PdfRulings(PDPage page) {
		super(page);
		PDRectangle box = page.getCropBox();
		originX = box.getLowerLeftX();
		originY = box.getUpperRightY();
	}

	static List<Ruling> of(PDPage page) throws IOException {
		PdfRulings engine = new PdfRulings(page);
		engine.processPage(page);
		return engine.rulings;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		closeSubpath();
		for (Point2D[] edge : new Point2D[][] { { p0, p1 }, { p1, p2 }, { p2, p3 }, { p3, p0 } }) {
			segment(edge[0], edge[1]);
		}
	}

	@Override
	public void moveTo(float x, float y) {
		closeSubpath();
		subpath.add(new Point2D.Float(x, y));
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D to = new Point2D.Float(x, y);
		if (!subpath.isEmpty()) {
			segment(subpath.get(subpath.size() - 1), to);
		}
		subpath.add(to);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		subpath.add(new Point2D.Float(x3, y3));
	}

	@Override
	public Point2D getCurrentPoint() {
		return subpath.isEmpty() ? new Point2D.Float() : subpath.get(subpath.size() - 1);
	}

	@Override
	public void closePath() {
		if (subpath.size() > 1) {
			segment(subpath.get(subpath.size() - 1), subpath.get(0));
		}
	}

	@Override
	public void endPath() {
		segments.clear();
		subpath.clear();
	}

	@Override
	public void strokePath() {
		keep();
	}

	@Override
	public void fillPath(int windingRule) {
		keep();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		keep();
	}

	@Override
	public void clip(int windingRule) {
		// a clipping path is not drawn; endPath follows and forgets it
	}

	@Override
	public void drawImage(PDImage image) {
		// images are not rulings
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// shading is not a ruling
	}

	private void closeSubpath() {
		subpath.clear();
	}

	private void segment(Point2D from, Point2D to) {
		float x1 = (float) from.getX();
		float y1 = (float) from.getY();
		float x2 = (float) to.getX();
		float y2 = (float) to.getY();
		if (Math.abs(y1 - y2) < 0.5f && Math.abs(x1 - x2) >= SHORTEST) {
			segments.add(new float[] { Math.min(x1, x2), y1, Math.max(x1, x2), y1 });
		}
		else if (Math.abs(x1 - x2) < 0.5f && Math.abs(y1 - y2) >= SHORTEST) {
			segments.add(new float[] { x1, Math.min(y1, y2), x1, Math.max(y1, y2) });
		}
	}

	/** The path is painted: its straight segments become rulings, in points from the page's top left. */
	private void keep() {
		for (float[] s : segments) {
			float left = s[0] - originX;
			float right = s[2] - originX;
			float top = originY - s[3];
			float bottom = originY - s[1];
			rulings.add(s[1] == s[3] ? new Ruling(left, top, right, top) : new Ruling(left, top, left, bottom));
		}
		segments.clear();
		subpath.clear();
	}
}
