package id.aduan.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the tally's appended changes ({@code complaint_tally_delta}) into the tally, so that counting
 * adds up one row per day and item instead of one per change. One statement takes the changes that are
 * committed when it starts and adds them in; changes committed meanwhile wait for the next turn, and a
 * second instance folding at the same moment waits on the same rows and then finds them gone, so no
 * change is counted twice. Only PostgreSQL keeps the tally.
 */
@Component
class TallyFolding {

	private final JdbcClient jdbc;

	private final ComplaintTally tally;

	TallyFolding(JdbcClient jdbc, ComplaintTally tally) {
		this.jdbc = jdbc;
		this.tally = tally;
	}

	@Scheduled(fixedDelayString = "${aduan.reports.tally-fold-every:PT10S}",
			initialDelayString = "${aduan.reports.tally-fold-every:PT10S}")
	void onSchedule() {
		if (tally.kept()) {
			fold();
		}
	}

	/** Folds the changes committed now; the number of tally rows they changed. */
	@Transactional
	public int fold() {
		return jdbc.sql("""
				with moved as (delete from complaint_tally_delta returning *)
				insert into complaint_tally as t (received_on, unit_id, dimension, item, counted, duplicates, not_ours,
				                                  rated, score_sum, solved)
				select received_on, unit_id, dimension, item, sum(counted), sum(duplicates), sum(not_ours), sum(rated),
				       sum(score_sum), sum(solved)
				from moved
				group by received_on, unit_id, dimension, item
				having sum(counted) <> 0 or sum(duplicates) <> 0 or sum(not_ours) <> 0 or sum(rated) <> 0
				    or sum(score_sum) <> 0 or sum(solved) <> 0
				order by received_on, unit_id, dimension, item
				on conflict (received_on, unit_id, dimension, item) do update
				    set counted = t.counted + excluded.counted, duplicates = t.duplicates + excluded.duplicates,
				        not_ours = t.not_ours + excluded.not_ours, rated = t.rated + excluded.rated,
				        score_sum = t.score_sum + excluded.score_sum, solved = t.solved + excluded.solved""")
			.update();
	}
}
