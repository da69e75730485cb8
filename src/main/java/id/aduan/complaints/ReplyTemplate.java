package id.aduan.complaints;

/**
 * An answer a unit gives often, with placeholders filled in for the complaint it answers
 * ({@link ReplyTemplates#PLACEHOLDERS}); {@code unitId} null: the whole office's.
 */
public record ReplyTemplate(long id, Long unitId, String unitName, String name, String body) {
}
