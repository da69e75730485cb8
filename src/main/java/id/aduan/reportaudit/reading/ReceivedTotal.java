package id.aduan.reportaudit.reading;

/**
 * A statement of how many complaints were received, with the period it is about ({@code null} when
 * the report states none): "telah menerima sebanyak 1627 (...) pengaduan" under "Januari sd Juni
 * 2023".
 */
public record ReceivedTotal(StatedTotal total, Period period) {
}
