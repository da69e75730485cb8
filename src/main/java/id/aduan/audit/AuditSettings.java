package id.aduan.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often new audit entries are sealed into the chain ({@code sealEvery}), and whether this instance
 * seals at all ({@code sealing}; tests seal by hand). Every instance may seal: they take turns on the
 * chain's head row, so more instances only mean shorter gaps, never a fork.
 */
@ConfigurationProperties("aduan.audit")
record AuditSettings(@DefaultValue("PT2S") Duration sealEvery, @DefaultValue("true") boolean sealing) {
}
