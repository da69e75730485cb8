package id.aduan.complaints;

/** The five steps of a complaint as citizens see them on SP4N-LAPOR! and on Aduan's tracking page. */
public enum PublicStage {
	SUBMITTED, VERIFICATION, FOLLOW_UP, RESPONSE, DONE
}
