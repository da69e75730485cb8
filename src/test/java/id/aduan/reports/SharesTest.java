package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SharesTest {

	@Test
	void theSeedsCategoriesAreEachTheirCountOverTheTotalRoundedHalfUp() {
		// Seed report 4.3: 98, 15, 4, 3, 1, 1 of 122. The seed printed 3,4% for the 4; it is 3,3%.
		assertThat(Shares.of(List.of(98L, 15L, 4L, 3L, 1L, 1L))).containsExactly(new BigDecimal("80.3"),
				new BigDecimal("12.3"), new BigDecimal("3.3"), new BigDecimal("2.5"), new BigDecimal("0.8"),
				new BigDecimal("0.8"));
	}

	@Test
	void theSameCountOverTheSameTotalReadsTheSameInEveryBreakdown() {
		// The reader's case: 17 of 330 read 5,1% in one list and 5,2% in another under largest remainders.
		List<BigDecimal> channels = Shares.of(List.of(17L, 100L, 213L));
		List<BigDecimal> units = Shares.of(List.of(17L, 14L, 299L));
		assertThat(channels.get(0)).isEqualTo(new BigDecimal("5.2")).isEqualTo(units.get(0));
		assertThat(Shares.of(14, 330)).isEqualTo(new BigDecimal("4.2"));
	}

	@Test
	void threeEqualThirdsEachReadThirtyThreeCommaThreeAndTheGapIsRounding() {
		List<BigDecimal> thirds = Shares.of(List.of(1L, 1L, 1L));
		assertThat(thirds).containsOnly(new BigDecimal("33.3"));
		assertThat(Shares.roundingGap(thirds)).isEqualTo(new BigDecimal("99.9"));
	}

	@Test
	void sharesThatMakeExactlyOneHundredHaveNoRoundingGap() {
		assertThat(Shares.roundingGap(Shares.of(List.of(1L, 3L)))).isNull();
		assertThat(Shares.roundingGap(Shares.of(List.of(0L, 0L)))).isNull();
	}

	@Test
	void halfATenthRoundsUp() {
		// 1 of 8 is 12,5 exactly; 1 of 16 is 6,25 → 6,3; 1 of 400 is 0,25 → 0,3.
		assertThat(Shares.of(1, 16)).isEqualTo(new BigDecimal("6.3"));
		assertThat(Shares.of(1, 400)).isEqualTo(new BigDecimal("0.3"));
	}

	@Test
	void nothingCountedHasNoShares() {
		assertThat(Shares.of(List.of(0L, 0L))).containsExactly(new BigDecimal("0.0"), new BigDecimal("0.0"));
		assertThat(Shares.of(List.of())).isEmpty();
	}

	@Test
	void randomBreakdownsAreEachCountOverTotalRoundedHalfUp() {
		Random random = new Random(20230630);
		for (int run = 0; run < 5000; run++) {
			List<Long> counts = new ArrayList<>();
			int items = 1 + random.nextInt(12);
			for (int i = 0; i < items; i++) {
				counts.add((long) random.nextInt(random.nextBoolean() ? 5 : 2000));
			}
			long total = counts.stream().mapToLong(Long::longValue).sum();
			List<BigDecimal> shares = Shares.of(counts);
			if (total == 0) {
				continue;
			}
			for (int i = 0; i < items; i++) {
				BigDecimal exact = BigDecimal.valueOf(counts.get(i) * 100).divide(BigDecimal.valueOf(total), 10,
						RoundingMode.HALF_UP);
				assertThat(shares.get(i)).as("%s item %d", counts, i)
					.isEqualTo(exact.setScale(1, RoundingMode.HALF_UP));
			}
			BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).as("%s", counts)
				.isLessThanOrEqualTo(BigDecimal.valueOf(items).multiply(new BigDecimal("0.05")));
		}
	}
}
