package id.aduan.complaints;

import java.util.Arrays;
import java.util.List;

/**
 * Where a complaint stands, after the national platform SP4N-LAPOR!: the main path runs
 * received → verified → routed to a unit (disposisi) → in follow-up → answered → closed; the side
 * exits are on hold (tunda), not our authority (bukan wewenang), rejected, duplicate, and reopened.
 * Which step may follow which, and who may take it, is decided by {@link Action}.
 */
public enum ComplaintStatus {

	RECEIVED(PublicStage.VERIFICATION),
	VERIFIED(PublicStage.FOLLOW_UP),
	ROUTED(PublicStage.FOLLOW_UP),
	IN_FOLLOW_UP(PublicStage.FOLLOW_UP),
	ANSWERED(PublicStage.RESPONSE),
	CLOSED(PublicStage.DONE),
	ON_HOLD(null),
	NOT_OUR_AUTHORITY(PublicStage.DONE),
	REJECTED(PublicStage.DONE),
	DUPLICATE(PublicStage.DONE),
	REOPENED(PublicStage.FOLLOW_UP);

	private final PublicStage stage;

	ComplaintStatus(PublicStage stage) {
		this.stage = stage;
	}

	/** No further handling: the complaint may only be reopened (when it was closed after an answer). */
	public boolean isFinal() {
		return this == CLOSED || this == NOT_OUR_AUTHORITY || this == REJECTED || this == DUPLICATE;
	}

	/**
	 * The names of the final statuses, as the {@code status} column holds them: for SQL that must say
	 * "handled" or "still open" the way {@link #isFinal()} does.
	 */
	public static List<String> finalNames() {
		return Arrays.stream(values()).filter(ComplaintStatus::isFinal).map(ComplaintStatus::name).toList();
	}

	/**
	 * The step of the public progress bar (Tulis Laporan → Proses Verifikasi → Proses Tindak Lanjut →
	 * Beri Tanggapan → Selesai). A complaint on hold stays at the step it was held at.
	 */
	public PublicStage publicStage(ComplaintStatus heldFrom) {
		return this == ON_HOLD ? (heldFrom == null ? PublicStage.VERIFICATION : heldFrom.publicStage(null)) : stage;
	}
}
