package id.aduan.duplicates;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two complaint texts are, from 0 to 1: the Jaccard index of their character trigrams after
 * lower-casing and keeping only letters and digits. Trigrams forgive what people do when they write the
 * same thing twice (typos, "bantuan"/"bansos", affixes such as di-/-kan, word order) and need no
 * dictionary of Indonesian. Only the start of a long text counts: the matter is named there.
 */
final class TextSimilarity {

	static final int LENGTH = 600;

	private TextSimilarity() {
	}

	static double of(String a, String b) {
		Set<String> first = trigrams(a);
		Set<String> second = trigrams(b);
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(first);
		common.retainAll(second);
		return (double) common.size() / (first.size() + second.size() - common.size());
	}

	static Set<String> trigrams(String text) {
		Set<String> grams = new HashSet<>();
		if (text == null) {
			return grams;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		plain = " " + (plain.length() > LENGTH ? plain.substring(0, LENGTH) : plain) + " ";
		for (int i = 0; i + 3 <= plain.length(); i++) {
			String gram = plain.substring(i, i + 3);
			if (!gram.isBlank()) {
				grams.add(gram);
			}
		}
		return grams;
	}
}
