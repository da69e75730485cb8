package id.aduan.coaching;

/** A representative or participant as staff type them: a name, a title or role, an institution. */
public record PersonDraft(String name, String capacity, String institution) {
}
