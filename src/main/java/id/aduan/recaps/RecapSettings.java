package id.aduan.recaps;

import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the recap cycle runs ({@code aduan.recaps.*}): {@code dueDay} the day of the next month a recap is
 * due (5, moved to the next working day when it is not one); {@code approvalRequired} whether the head of
 * the unit approves a recap before it counts as returned; {@code firstMonth} the first month recaps are
 * owed (an office that starts with Aduan in the middle of a year owes none before); empty: the month
 * Aduan was installed ({@link RecapStart}).
 */
@ConfigurationProperties("aduan.recaps")
record RecapSettings(@DefaultValue("5") int dueDay, @DefaultValue("false") boolean approvalRequired,
		YearMonth firstMonth) {

	RecapSettings {
		if (dueDay < 1 || dueDay > 28) {
			throw new IllegalArgumentException("aduan.recaps.due-day must be between 1 and 28, not " + dueDay);
		}
	}

	boolean owed(YearMonth month) {
		return firstMonth == null || !month.isBefore(firstMonth);
	}
}
