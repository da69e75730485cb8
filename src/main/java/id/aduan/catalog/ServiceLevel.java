package id.aduan.catalog;

/**
 * Working days allowed per stage of a complaint, from the rule that applies to it: verification and
 * forwarding (SP4N-LAPOR!: 3), follow-up by the unit (5), resolution up to the first answer, and the
 * time after an answer before the complaint closes on its own unless the complainant disputes (10).
 */
public record ServiceLevel(Long ruleId, String name, int verifyDays, int followUpDays, int resolveDays,
		int autoCloseDays) {

	/** The national platform's figures, for a complaint no rule matches (there is always a default rule). */
	public static final ServiceLevel SP4N = new ServiceLevel(null, "SP4N-LAPOR!", 3, 5, 14, 10);
}
