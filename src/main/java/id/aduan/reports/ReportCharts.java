package id.aduan.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;
import org.springframework.stereotype.Component;

import id.aduan.documents.Picture;

/**
 * The report's charts as pictures for the PDF and the DOCX: a pie chart while a breakdown has at
 * most {@value #PIE_AT_MOST} items complained about (more slices cannot be read), a bar chart beyond.
 * Every label shows the report's own share — its count over the total rounded half-up — never one the
 * chart library works out again, so the picture says what the text says.
 */
@Component
public class ReportCharts {

	static final int PIE_AT_MOST = 8;

	/** More bars than this cannot be read on a page; the smallest are drawn together as "Lainnya". */
	static final int BARS_AT_MOST = 15;

	/** Drawn at about 210 dpi for 15 cm: sharp on paper, small in the file. */
	private static final int WIDTH = 1260;

	private static final int HEIGHT = 700;

	private static final double WIDTH_CM = 15;

	/** Calm colours that stay apart when printed in grey. */
	private static final Color[] PALETTE = { new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235),
			new Color(0xBF9000), new Color(0x7030A0), new Color(0x2E75B6), new Color(0xA9D18E), new Color(0xF4B183),
			new Color(0x8FAADC), new Color(0x7F7F7F) };

	private final Font regular;

	private final Font bold;

	ReportCharts() {
		this.regular = font("fonts/LiberationSerif-Regular.ttf");
		this.bold = font("fonts/LiberationSerif-Bold.ttf");
	}

	/** The chart of a breakdown, 15 cm wide; empty when nothing was counted in it. */
	public Optional<Picture> picture(Breakdown breakdown) {
		if (breakdown.isEmpty()) {
			return Optional.empty();
		}
		long items = breakdown.lines().stream().filter(line -> line.count() > 0).count();
		JFreeChart chart = items <= PIE_AT_MOST ? pie(breakdown) : bar(breakdown);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(out, chart, WIDTH, height(breakdown, items));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return Picture.of(out.toByteArray(), "image/png").map(picture -> picture.fitted(WIDTH_CM, 25));
	}

	private int height(Breakdown breakdown, long items) {
		return items <= PIE_AT_MOST ? HEIGHT : Math.max(HEIGHT, 120 + 70 * bars(breakdown).size());
	}

	private JFreeChart pie(Breakdown breakdown) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		Map<String, Breakdown.Line> byKey = new LinkedHashMap<>();
		for (Breakdown.Line line : breakdown.lines()) {
			if (line.count() > 0) {
				String key = uniqueKey(byKey, line);
				byKey.put(key, line);
				data.setValue(key, line.count());
			}
		}
		PiePlot<String> plot = new PiePlot<>(data);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setShadowPaint(null);
		plot.setSectionOutlinesVisible(true);
		plot.setDefaultSectionOutlinePaint(Color.WHITE);
		plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
		plot.setLabelFont(regular.deriveFont(24f));
		plot.setLabelBackgroundPaint(Color.WHITE);
		plot.setLabelOutlinePaint(Color.GRAY);
		plot.setLabelShadowPaint(null);
		plot.setLabelGenerator(new PieLabels(byKey, false));
		plot.setLegendLabelGenerator(new PieLabels(byKey, true));
		plot.setStartAngle(90);
		int i = 0;
		for (String key : byKey.keySet()) {
			plot.setSectionPaint(key, PALETTE[i++ % PALETTE.length]);
		}
		// Titles stay in the document's text, where they can be read, copied and checked.
		JFreeChart chart = new JFreeChart(null, bold.deriveFont(28f), plot, true);
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(regular.deriveFont(24f));
		legend.setPosition(RectangleEdge.RIGHT);
		legend.setFrame(BlockBorder.NONE);
		legend.setItemLabelPadding(new RectangleInsets(4, 4, 4, 4));
		return chart;
	}

	/**
	 * The bars of a breakdown: every line while there are at most {@value #BARS_AT_MOST}; beyond that the
	 * largest ones and a last bar "Lainnya (N butir)" for the rest, so that a chart of sixty services still
	 * reads on one page. The list above the chart gives every line.
	 */
	static List<Breakdown.Line> bars(Breakdown breakdown) {
		List<Breakdown.Line> lines = breakdown.lines();
		if (lines.size() <= BARS_AT_MOST) {
			return lines;
		}
		List<Breakdown.Line> largest = new ArrayList<>(lines);
		largest.sort(Comparator.comparingLong(Breakdown.Line::count).reversed());
		List<Breakdown.Line> shown = new ArrayList<>(largest.subList(0, BARS_AT_MOST - 1));
		List<Breakdown.Line> rest = largest.subList(BARS_AT_MOST - 1, largest.size());
		long others = rest.stream().mapToLong(Breakdown.Line::count).sum();
		List<Breakdown.Line> ordered = new ArrayList<>(lines.stream().filter(shown::contains).toList());
		ordered.add(new Breakdown.Line("_OTHERS", "Lainnya (" + rest.size() + " butir)", others,
				Shares.of(others, breakdown.total())));
		return ordered;
	}

	private JFreeChart bar(Breakdown breakdown) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<String, Breakdown.Line> byKey = new LinkedHashMap<>();
		for (Breakdown.Line line : bars(breakdown)) {
			String key = uniqueKey(byKey, line);
			byKey.put(key, line);
			data.addValue(line.count(), "Pengaduan", key);
		}
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(regular.deriveFont(22f));
		categories.setMaximumCategoryLabelWidthRatio(0.45f);
		// Long names wrap onto up to three lines rather than end in "…".
		categories.setMaximumCategoryLabelLines(3);
		NumberAxis counts = new NumberAxis("Jumlah pengaduan");
		counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		counts.setTickLabelFont(regular.deriveFont(20f));
		counts.setLabelFont(regular.deriveFont(22f));
		counts.setUpperMargin(0.25);
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, PALETTE[0]);
		renderer.setMaximumBarWidth(0.7);
		renderer.setDefaultItemLabelGenerator(new BarLabels(byKey));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(regular.deriveFont(20f));
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		CategoryPlot plot = new CategoryPlot(data, categories, counts, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setOutlineVisible(false);
		JFreeChart chart = new JFreeChart(null, bold.deriveFont(28f), plot, false);
		chart.setPadding(new RectangleInsets(10, 10, 10, 30));
		return chart;
	}

	/** Labels are the breakdown's labels; two items of the same name stay two slices. */
	private static String uniqueKey(Map<String, Breakdown.Line> taken, Breakdown.Line line) {
		String key = line.label();
		return taken.containsKey(key) ? key + " (" + line.code() + ")" : key;
	}

	/** "25,0%" on a slice, "Instagram: 2 (25,0%)" in the legend. */
	private record PieLabels(Map<String, Breakdown.Line> lines, boolean legend)
			implements PieSectionLabelGenerator {

		@Override
		public String generateSectionLabel(PieDataset dataset, Comparable key) {
			Breakdown.Line line = lines.get(key.toString());
			String share = ReportWriting.percent(line.percent());
			return legend ? key + ": " + line.count() + " (" + share + ")" : share;
		}

		@Override
		public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
			return null;
		}
	}

	/** "2 (25,0%)" at the end of a bar. */
	private record BarLabels(Map<String, Breakdown.Line> lines) implements CategoryItemLabelGenerator {

		@Override
		public String generateRowLabel(CategoryDataset dataset, int row) {
			return dataset.getRowKey(row).toString();
		}

		@Override
		public String generateColumnLabel(CategoryDataset dataset, int column) {
			return dataset.getColumnKey(column).toString();
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Breakdown.Line line = lines.get(dataset.getColumnKey(column).toString());
			return line.count() + " (" + ReportWriting.percent(line.percent()) + ")";
		}
	}

	private static Font font(String path) {
		try (InputStream in = ReportCharts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + path);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException failed) {
			throw new IllegalStateException("Cannot read font " + path, failed);
		}
	}
}
