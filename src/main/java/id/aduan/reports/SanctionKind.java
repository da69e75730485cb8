package id.aduan.reports;

/**
 * Kinds of sanction an office reports (PP 94/2021 on civil-service discipline: light, moderate and
 * heavy penalties), plus other measures.
 */
public enum SanctionKind {
	ORAL_WARNING, WRITTEN_WARNING, WRITTEN_DISSATISFACTION, ALLOWANCE_CUT, DEMOTION, RELIEF_FROM_POSITION, DISMISSAL,
	OTHER
}
