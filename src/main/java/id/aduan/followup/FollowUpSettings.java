package id.aduan.followup;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Aduan keeps complaints moving. {@code publicUrl} is the address citizens and staff reach Aduan at,
 * for the links in emails; {@code remindDaysBefore} how many working days before a deadline the
 * reminder goes out; {@code digestAt} when the daily digest is sent (office time); {@code jobsEnabled}
 * switches the scheduled jobs off (tests run them by hand); {@code escalateAfterDays} how many working
 * days past its deadline a complaint is raised to the head (once).
 */
@ConfigurationProperties("aduan.followup")
record FollowUpSettings(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("aduan@localhost") String mailFrom, @DefaultValue("1") int remindDaysBefore,
		@DefaultValue("07:30") LocalTime digestAt, @DefaultValue("true") boolean jobsEnabled,
		@DefaultValue("5") int maxAttempts, @DefaultValue("3") int escalateAfterDays) {

	String link(String path) {
		return publicUrl.replaceAll("/+$", "") + path;
	}
}
