package id.aduan;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For tests that move time: imported ({@code @Import(StartingClock.class)}), it makes the application's
 * clock a {@link MutableClock} starting at the instant the test names in {@code test.clock.start}.
 */
public class StartingClock {

	@Bean
	@Primary
	MutableClock mutableClock(@Value("${test.clock.start}") String start) {
		return new MutableClock(Instant.parse(start));
	}
}
