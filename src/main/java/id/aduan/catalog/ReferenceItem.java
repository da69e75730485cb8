package id.aduan.catalog;

/** One entry of a {@link ReferenceList}, e.g. the channel "Instagram" or the category "Informasi umum". */
public record ReferenceItem(long id, String code, String name, String description, boolean active, int sortOrder) {
}
