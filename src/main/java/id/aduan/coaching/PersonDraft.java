package id.aduan.coaching;

import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;

/** A representative or participant as staff type them: a name, a title or role, an institution. */
public record PersonDraft(@MaxLength(200) @PlainText String name, @MaxLength(200) @PlainText String capacity,
		@MaxLength(200) @PlainText String institution) {
}
