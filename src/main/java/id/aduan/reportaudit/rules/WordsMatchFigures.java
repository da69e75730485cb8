package id.aduan.reportaudit.rules;

import java.util.List;

import id.aduan.language.NumberWords;
import id.aduan.reportaudit.Finding;
import id.aduan.reportaudit.Rule;
import id.aduan.reportaudit.reading.NumberWithWords;
import id.aduan.reportaudit.reading.ReportStructure;

/**
 * TERBILANG_MISMATCH: a number in figures and its words in brackets must be the same number,
 * wherever they are ("tanggal 5 (lima)" and "1 (satu) hari kerja" included: the words must still
 * agree), and in a table's "Terbilang" column beside its counts, where the finding names the table,
 * row and column. Which of the two is wrong the audit cannot know, so it names both.
 */
public final class WordsMatchFigures implements AuditPolicy {

	@Override
	public List<Finding> check(ReportStructure report) {
		return report.numbersWithWords()
			.stream()
			.filter(number -> !number.agrees())
			.map(WordsMatchFigures::finding)
			.toList();
	}

	private static Finding finding(NumberWithWords number) {
		String correct = NumberWords.of(number.figure());
		if (number.cell() != null) {
			return Finding.of(Rule.TERBILANG_MISMATCH, number.line(), number.text(), correct, number.words(),
					number.figure(), number.words(), number.wordsValue(), correct, number.cell().table(),
					number.cell().row(), number.cell().column()).variant("table");
		}
		return Finding.of(Rule.TERBILANG_MISMATCH, number.line(), number.text(), correct, number.words(),
				number.figure(), number.words(), number.wordsValue(), correct);
	}
}
