/**
 * The append-only audit trail: every change to a complaint and every look at a confidential identity,
 * with who and when, written in the same transaction as the thing it records so that neither can exist
 * without the other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "system")
package id.aduan.audit;
