package id.aduan.catalog;

/**
 * One of the office's public services (layanan), e.g. "Bantuan Pangan Non Tunai (BPNT)", with the
 * work unit that provides it; a complaint may concern one of them.
 */
public record PublicService(long id, String code, String name, long unitId, boolean active, int sortOrder) {
}
