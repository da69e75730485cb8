package id.aduan.recaps;

/**
 * Where a unit's recap of a month stands: the unit is still working on it, it waits for the head of the
 * unit's approval (only when the office asks for approval), or it has been returned to the coordinator.
 * A recap sent back (by its head or the coordinator) is a draft again.
 */
public enum RecapState {
	DRAFT, AWAITING_APPROVAL, SUBMITTED
}
