package id.aduan.recaps;

import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Required;

/** Why a recap goes back to its unit, or a closed month is revised: the unit and the trail read it. */
record RecapNote(@Required @MaxLength(2000) @PlainText String note) {
}
