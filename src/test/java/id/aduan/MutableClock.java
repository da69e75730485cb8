package id.aduan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets and moves, so that deadlines can be walked past without waiting. */
public class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	/** Sets the clock to a local time of the office (WIT). */
	public void setWit(String localDateTime) {
		this.now = LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Jayapura")).toInstant();
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock self = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}
		};
	}
}
