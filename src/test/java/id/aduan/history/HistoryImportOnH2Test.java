package id.aduan.history;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The history import on the embedded default's database, in a register of its own. */
@SpringBootTest(properties = "aduan.test.register=history")
@ActiveProfiles("test")
class HistoryImportOnH2Test extends HistoryImportContract {
}
