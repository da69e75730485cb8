/**
 * Probable duplicates across channels: the same person complaining about the same thing by email and
 * by the web form, or the same social-media post registered twice, is offered to the coordinator on
 * the complaint's page, who merges them (the register's own "mark duplicate") or keeps them apart
 * (remembered, and noted in the complaint's history).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duplicates",
		allowedDependencies = { "system", "catalog", "accounts", "complaints", "complaints :: queries", "audit" })
package id.aduan.duplicates;
