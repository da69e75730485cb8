package id.aduan.reportaudit.reading;

import java.time.LocalDate;

/** A date written in a report on {@code line}, as written ({@code text}). */
public record DateMention(int line, LocalDate date, String text) {
}
