/**
 * How complaints come in: the citizen's public form, the help desk's registration of complaints that
 * arrived by phone, walk-in, letter or social media, and the public JSON API. Every route ends in
 * {@link id.aduan.complaints.ComplaintRegistration}, so every channel is checked the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "system", "catalog", "accounts", "complaints" })
package id.aduan.intake;
