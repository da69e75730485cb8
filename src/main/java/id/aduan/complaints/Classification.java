package id.aduan.complaints;

/**
 * What a complaint is about, as the coordinator classifies it at verification: report type
 * (pengaduan, aspirasi, permintaan informasi), form (bentuk a/b/c of Perpres 76/2013), problem
 * category and the public service concerned. Every part is a catalog id; any may be unset before
 * verification.
 */
public record Classification(Long reportTypeId, Long formId, Long categoryId, Long serviceId) {

	public static final Classification NONE = new Classification(null, null, null, null);

	/** Only the service is known, as a citizen names it. */
	public static Classification ofService(Long serviceId) {
		return new Classification(null, null, null, serviceId);
	}

	/** Only the report type is known, as SP4N-LAPOR! gives it. */
	public static Classification ofReportType(Long reportTypeId) {
		return new Classification(reportTypeId, null, null, null);
	}
}
