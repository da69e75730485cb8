package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportChartsTest {

	@Test
	void aBreakdownOfSixtyServicesIsChartedAsItsLargestAndTheRestTogether() {
		List<String[]> items = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			items.add(new String[] { "L" + i, "Layanan nomor " + i });
			counts.add((long) i);
		}
		Breakdown breakdown = Breakdown.of(Breakdown.Dimension.SERVICE, items, counts, false);

		List<Breakdown.Line> bars = ReportCharts.bars(breakdown);

		assertThat(bars).hasSize(ReportCharts.BARS_AT_MOST);
		assertThat(bars.subList(0, bars.size() - 1)).extracting(Breakdown.Line::code).first().isEqualTo("L47");
		Breakdown.Line rest = bars.get(bars.size() - 1);
		assertThat(rest.label()).isEqualTo("Lainnya (46 butir)");
		assertThat(bars.stream().mapToLong(Breakdown.Line::count).sum()).isEqualTo(breakdown.total());
		assertThat(rest.percent()).isEqualTo(Shares.of(rest.count(), breakdown.total()));
		assertThat(new ReportCharts().picture(breakdown)).isPresent();
	}

	@Test
	void aShortBreakdownIsChartedLineByLine() {
		Breakdown breakdown = Breakdown.of(Breakdown.Dimension.CHANNEL,
				List.of(new String[] { "A", "Instagram" }, new String[] { "B", "Facebook" }), List.of(3L, 1L), false);
		assertThat(ReportCharts.bars(breakdown)).isEqualTo(breakdown.lines());
	}
}
