package id.aduan.reportaudit;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word keeps automatic list numbers out of the paragraph text ("1.", "a)" are drawn, not typed);
 * the audit needs them, since a breakdown is a numbered list. Counts paragraphs per list and level
 * and writes the number as the level's pattern says ("%1." → "3. "), letters for letter lists, a
 * dash for bullets.
 */
final class DocxNumbering {

	private static final int LEVELS = 9;

	private final Map<BigInteger, int[]> counters = new HashMap<>();

	String label(XWPFParagraph paragraph) {
		BigInteger list = paragraph.getNumID();
		if (list == null) {
			return "";
		}
		try {
			int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
			int[] count = counters.computeIfAbsent(list, id -> new int[LEVELS]);
			count[level]++;
			for (int deeper = level + 1; deeper < LEVELS; deeper++) {
				count[deeper] = 0;
			}
			String format = paragraph.getNumFmt();
			String pattern = paragraph.getNumLevelText();
			if (format == null || "bullet".equals(format) || pattern == null) {
				return "- ";
			}
			String label = pattern;
			for (int i = 0; i <= level; i++) {
				label = label.replace("%" + (i + 1), i == level ? written(count[i], format) : String.valueOf(count[i]));
			}
			return label + " ";
		}
		catch (RuntimeException noNumberingDefinition) {
			return "- ";
		}
	}

	private static String written(int number, String format) {
		return switch (format) {
			case "lowerLetter" -> String.valueOf((char) ('a' + (number - 1) % 26));
			case "upperLetter" -> String.valueOf((char) ('A' + (number - 1) % 26));
			default -> String.valueOf(number);
		};
	}
}
