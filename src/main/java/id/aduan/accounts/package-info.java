/**
 * Staff accounts, their roles and who they act as. Every domain action takes an {@link id.aduan.accounts.Actor}
 * so that the complaint itself can decide whether that person may do it and can record who did.
 * Citizens have no account: they act as {@link id.aduan.accounts.Actor#citizen(String)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "system", "catalog", "audit" })
package id.aduan.accounts;
