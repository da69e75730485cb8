package id.aduan.reports;

import id.aduan.AduanTest;

@AduanTest
class StatisticsOnH2Test extends StatisticsContract {
}
