package id.aduan.conversations;

/** Who wrote a message: the complainant or website visitor, a member of staff, or Aduan itself. */
public enum Side {
	CITIZEN, STAFF, SYSTEM
}
