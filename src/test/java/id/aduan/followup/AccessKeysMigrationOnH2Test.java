package id.aduan.followup;

import id.aduan.AduanTest;

/** {@link AccessKeysMigrationContract} with H2's script. */
@AduanTest
class AccessKeysMigrationOnH2Test extends AccessKeysMigrationContract {

	@Override
	String vendor() {
		return "h2";
	}
}
