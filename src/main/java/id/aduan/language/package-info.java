/**
 * Indonesian as official documents write it: numbers in words (terbilang) read and written with
 * ICU4J, day and month names, dates in words, Roman numerals for letter numbers. No other module
 * keeps its own word tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package id.aduan.language;
