package id.aduan.complaints.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.complaints.TrackingCode;
import id.aduan.system.RecordRowMapper;

/**
 * How records of other modules name the complaint they are about: a sanction is entered with a
 * tracking code, kept with the complaint's id, and shown with the code again. Aduan's own processes
 * only; what a person may see is {@link id.aduan.complaints.ComplaintQueries}'.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintReferences {

	/** A complaint's id, tracking code and the day it was received (the period it counts in). */
	public record Reference(long id, String trackingCode, LocalDate receivedOn) {
	}

	/** Ids asked for at once: well below every database's limit on parameters. */
	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	ComplaintReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Reference> of(TrackingCode code) {
		return jdbc.sql("select id, tracking_code, received_on from complaint where tracking_code = ?")
			.param(code.value())
			.query(RecordRowMapper.of(Reference.class))
			.optional();
	}

	/** The references of these complaints, by id; ids of no complaint are left out. */
	public Map<Long, Reference> of(Collection<Long> ids) {
		Map<Long, Reference> references = new HashMap<>();
		for (List<Long> batch : batches(ids)) {
			jdbc.sql("select id, tracking_code, received_on from complaint where id in (:ids)")
				.param("ids", batch)
				.query(RecordRowMapper.of(Reference.class))
				.list()
				.forEach(reference -> references.put(reference.id(), reference));
		}
		return references;
	}

	/** {@code ids} without repeats, in lists of at most {@link #BATCH}. */
	static List<List<Long>> batches(Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().toList();
		List<List<Long>> batches = new ArrayList<>();
		for (int i = 0; i < distinct.size(); i += BATCH) {
			batches.add(distinct.subList(i, Math.min(distinct.size(), i + BATCH)));
		}
		return batches;
	}
}
