package id.aduan.coaching;

/** Who someone is at a session: a representative signs the Berita Acara, a participant the Daftar Hadir. */
public enum AttendeeKind {
	/** Perwakilan: name, title (jabatan), institution. */
	REPRESENTATIVE,
	/** Peserta: name, role (peran), institution. */
	PARTICIPANT
}
