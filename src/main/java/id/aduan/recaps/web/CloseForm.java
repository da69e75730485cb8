package id.aduan.recaps.web;

/**
 * The coordinator's confirmation that closing the month freezes its figures, ticked on the month's page
 * after reading what is frozen and which recaps are still missing: without it nothing is closed.
 */
public class CloseForm {

	private boolean confirmed;

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}
}
