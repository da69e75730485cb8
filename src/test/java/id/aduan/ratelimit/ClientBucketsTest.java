package id.aduan.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The buckets' memory is bounded without letting a flood from many addresses switch the limit off. */
class ClientBucketsTest {

	@Test
	void aClientPastItsLimitStaysLimitedWhileMoreClientsThanTheCapArrive() {
		ClientBuckets buckets = new ClientBuckets(3, 100);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("192.0.2.1")).isZero();
		}
		assertThat(buckets.take("192.0.2.1")).isPositive();

		for (int i = 0; i < 5_000; i++) {
			buckets.take("198.51." + i / 250 + "." + i % 250);
			if (i % 10 == 9) {
				assertThat(buckets.take("192.0.2.1")).as("still limited after %d other clients", i + 1).isPositive();
			}
		}
	}

	@Test
	void eachNewClientGetsItsOwnFullBucketWhenTheCapIsReached() {
		ClientBuckets buckets = new ClientBuckets(3, 100);
		for (int i = 0; i < 1_000; i++) {
			assertThat(buckets.take("203.0.113." + i)).isZero();
		}
	}
}
