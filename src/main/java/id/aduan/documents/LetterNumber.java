package id.aduan.documents;

import java.time.Month;

import id.aduan.language.IndonesianDates;

/**
 * An official letter number as offices write it: classification code / sequence / month in Roman
 * numerals / year, e.g. {@code 460/148/VI/2023}. The sequence counts all letters of the office in that
 * year; the classification code says what the letter is about; the month and year are the letter's.
 */
public record LetterNumber(String classificationCode, int sequence, Month month, int year) {

	public LetterNumber {
		if (classificationCode == null || classificationCode.isBlank() || sequence < 1 || month == null) {
			throw new IllegalArgumentException("Incomplete letter number");
		}
	}

	@Override
	public String toString() {
		return classificationCode + "/" + sequence + "/" + IndonesianDates.romanMonth(month) + "/" + year;
	}
}
