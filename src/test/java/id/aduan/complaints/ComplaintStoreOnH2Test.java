package id.aduan.complaints;

import id.aduan.AduanTest;

@AduanTest
class ComplaintStoreOnH2Test extends ComplaintStoreContract {
}
