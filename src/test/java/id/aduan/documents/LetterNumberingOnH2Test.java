package id.aduan.documents;

import id.aduan.AduanTest;

@AduanTest
class LetterNumberingOnH2Test extends LetterNumberingContract {
}
