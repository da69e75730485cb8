package id.aduan.audit;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit chain on the embedded H2 database, with the audit module on its own: only its beans and
 * those of {@code system} (the clock) are started, so the chain is shown to need nothing else.
 */
@ApplicationModuleTest(extraIncludes = "system", webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
class AuditChainOnH2Test extends AuditChainContract {
}
