package id.aduan.reportaudit.reading;

import java.util.ArrayList;
import java.util.List;

import id.aduan.reportaudit.ReportText;

/**
 * What the audit reads out of a report, once, for every rule to check: numbers written with their
 * words, breakdowns, received totals with their periods, headings, periods, dates with weekdays and
 * signing dates.
 */
public record ReportStructure(ReportText text, List<NumberWithWords> numbersWithWords, List<Breakdown> breakdowns,
		List<ReceivedTotal> receivedTotals, List<Heading> headings, List<Period> periods,
		List<WeekdayDate> weekdayDates, List<DateMention> signingDates) {

	public static ReportStructure of(ReportText text) {
		List<NumberWithWords> numbers = new ArrayList<>();
		for (int n = 1; n <= text.size(); n++) {
			numbers.addAll(NumberWithWords.in(text.line(n), n));
		}
		List<Period> periods = Periods.in(text);
		List<Breakdown> breakdowns = new ArrayList<>(Breakdowns.in(text));
		breakdowns.addAll(Tables.in(text));
		numbers.addAll(Tables.wordsColumns(text));
		return new ReportStructure(text, numbers, breakdowns, receivedTotals(text, periods),
				Headings.in(text), periods, Dates.withWeekday(text), Dates.signed(text));
	}

	/**
	 * Totals received, in running text only (a breakdown's items count parts, not the whole). Each
	 * belongs to the single month its sentence names ("pada bulan Januari"), else to the period in
	 * force.
	 */
	private static List<ReceivedTotal> receivedTotals(ReportText text, List<Period> periods) {
		List<ReceivedTotal> totals = new ArrayList<>();
		for (Paragraph paragraph : Paragraph.in(text)) {
			for (Totals.Candidate candidate : Totals.candidates(paragraph)) {
				if (candidate.received()) {
					int line = candidate.total().line();
					Period inForce = Periods.inForce(periods, line);
					Period period = Periods.singleMonth(text.line(line), line, inForce).orElse(inForce);
					totals.add(new ReceivedTotal(candidate.total(), period));
				}
			}
		}
		return totals;
	}
}
