package id.aduan.open311;

/** A key just issued: the only time its value is shown. */
public record IssuedKey(long id, String name, String key) {
}
