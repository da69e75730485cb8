/**
 * Reference data of an office: channels (saluran), report types, complaint forms (bentuk, Perpres
 * 76/2013 Pasal 1), problem categories, the tree of work units (satuan kerja) and the catalogue of
 * public services (layanan), plus the office's own profile for letterheads and signatures.
 * Items are never deleted, only deactivated, so that old complaints keep their meaning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "system", "audit" })
package id.aduan.catalog;
