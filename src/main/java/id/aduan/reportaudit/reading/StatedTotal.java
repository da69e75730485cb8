package id.aduan.reportaudit.reading;

/** A total the report states, on {@code line}, as written ({@code text}: "1627 (seribu ... tujuh)"). */
public record StatedTotal(int line, long value, String text) {
}
