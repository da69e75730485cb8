package id.aduan.recaps;

import id.aduan.AduanTest;

/** The closing contract on the embedded H2 database, where the live counts come from the complaints. */
@AduanTest
class ClosingOnH2Test extends ClosingContract {
}
