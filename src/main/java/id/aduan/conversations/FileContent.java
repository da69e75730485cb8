package id.aduan.conversations;

/** A message's file with its bytes, for download. */
public record FileContent(MessageFile file, byte[] content) {
}
