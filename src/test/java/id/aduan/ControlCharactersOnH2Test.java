package id.aduan;

/** {@link ControlCharactersContract} on the default H2 database. */
@AduanTest
class ControlCharactersOnH2Test extends ControlCharactersContract {
}
