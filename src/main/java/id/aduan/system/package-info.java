/**
 * Cross-cutting web infrastructure every module may use: how bad input is reported (in the user's
 * language, naming the field), the language switch, the office clock. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package id.aduan.system;
