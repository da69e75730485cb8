package id.aduan.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit chain on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class AuditChainOnH2Test extends AuditChainContract {
}
