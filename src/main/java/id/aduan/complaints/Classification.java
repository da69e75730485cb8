package id.aduan.complaints;

/**
 * What a complaint is about, as the coordinator classifies it at verification: report type
 * (pengaduan, aspirasi, permintaan informasi), form (bentuk a/b/c of Perpres 76/2013), problem
 * category and the public service concerned. Every part is a catalog id; any may be unset before
 * verification.
 */
public record Classification(Long reportTypeId, Long formId, Long categoryId, Long serviceId) {

	public static final Classification NONE = new Classification(null, null, null, null);
}
