package id.aduan.reportaudit;

/**
 * How a scanned report was read: by OCR, with the mean confidence of its words (0–100) and how many
 * figures were read with too little confidence to be audited (they are left out, never guessed).
 */
public record OcrReading(int pages, int confidence, int uncertainFigures) {
}
