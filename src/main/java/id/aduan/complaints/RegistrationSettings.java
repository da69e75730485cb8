package id.aduan.complaints;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How registrations reach the database. With {@code groupCommit} on, complaints registered at the same
 * moment by different requests are written together, up to {@code maxBatch} in one transaction (see
 * {@link id.aduan.system.GroupCommit}); each request still answers only after its complaint is
 * committed. Off, each registration is its own transaction.
 */
@ConfigurationProperties("aduan.registration")
record RegistrationSettings(@DefaultValue("true") boolean groupCommit, @DefaultValue("64") int maxBatch) {
}
