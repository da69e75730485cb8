package id.aduan.recaps;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the web application's first start, writes down the day Aduan was installed ({@link RecapStart}).
 * Only the web application: a command run before the office ever opened Aduan (a backup, a restore into
 * an empty database) is not its start.
 */
@Component
@ConditionalOnWebApplication
class FirstStart {

	private final RecapStart start;

	FirstStart(RecapStart start) {
		this.start = start;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recordInstallation() {
		start.recordToday();
	}
}
