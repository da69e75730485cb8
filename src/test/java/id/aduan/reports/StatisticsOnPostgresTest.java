package id.aduan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.TestPostgres;
import id.aduan.catalog.ReferenceList;
import id.aduan.catalog.WorkUnitTree;

/**
 * The contract on PostgreSQL, where the figures come from the tally its trigger keeps; and the tally
 * itself: after random complaints and random changes of every column it counts, the tally says what
 * counting the complaints says, for the whole office and for a unit, both while the changes are still
 * appended beside it and once they are folded in.
 */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class StatisticsOnPostgresTest extends StatisticsContract {

	static final String[] STATUSES = { "RECEIVED", "VERIFIED", "ROUTED", "IN_FOLLOW_UP", "ANSWERED", "CLOSED",
			"ON_HOLD", "REJECTED", "REOPENED", "DUPLICATE", "NOT_OUR_AUTHORITY" };

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	@Autowired
	TallyFolding folding;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Test
	void theTallyAgreesWithCountingTheComplaintsAfterEveryKindOfChange() {
		Random random = new Random(2025_11_29);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			ids.add(insertRandom("ADU-TQ24-" + code(i), random));
		}
		assertAgrees();
		assertThat(jdbc.sql("select count(*) from complaint_tally_delta").query(Long.class).single())
			.as("changes appended, not yet folded").isPositive();
		assertThat(folding.fold()).isPositive();
		assertThat(jdbc.sql("select count(*) from complaint_tally_delta").query(Long.class).single()).isZero();
		assertAgrees();

		for (int change = 0; change < 400; change++) {
			long id = ids.get(random.nextInt(ids.size()));
			switch (random.nextInt(8)) {
				case 0 -> update(id, "status = ?", STATUSES[random.nextInt(STATUSES.length)]);
				case 1 -> update(id, "category_id = ?", random.nextInt(4) == 0 ? null : random(ReferenceList.CATEGORY, random));
				case 2 -> update(id, "unit_id = ?", random.nextInt(4) == 0 ? null : randomUnit(random));
				case 3 -> update(id, "first_answer_days = ?", random.nextBoolean() ? null : random.nextInt(12));
				case 4 -> update(id, "rating_score = ?, rating_solved = ?", 1 + random.nextInt(5), random.nextBoolean());
				case 5 -> update(id, "received_on = ?", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)));
				case 6 -> update(id, "channel_id = ?, service_id = ?", random(ReferenceList.CHANNEL, random),
						random.nextBoolean() ? null : catalog.services().get(random.nextInt(catalog.services().size())).id());
				default -> {
					if (ids.size() > 100) {
						jdbc.sql("delete from complaint where id = ?").param(id).update();
						ids.remove(id);
					}
				}
			}
		}
		assertAgrees();
		folding.fold();
		assertAgrees();
	}

	private void assertAgrees() {
		long unit = catalog.unitByCode("LINJAMSOS").orElseThrow().id();
		for (ReportPeriod period : List.of(ReportPeriod.year(2024), ReportPeriod.semester(2024, 2),
				ReportPeriod.month(2024, 2), new ReportPeriod(LocalDate.of(2024, 3, 17), LocalDate.of(2024, 8, 3)))) {
			assertThat(statistics.figures(period, null, ID)).as(period.label())
				.isEqualTo(statistics.figuresFromRows(period, null, ID));
			assertThat(statistics.figures(period, unit, ID)).as(period.label() + ", one unit")
				.isEqualTo(statistics.figuresFromRows(period, unit, ID));
		}
	}

	private long insertRandom(String code, Random random) {
		LocalDate received = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
		OffsetDateTime at = OffsetDateTime.of(received.atTime(3, 0), ZoneOffset.UTC);
		boolean rated = random.nextInt(3) == 0;
		jdbc.sql("""
				insert into complaint (tracking_code, version, received_at, received_on, registered_at, channel_id,
				       anonymous, confidential, title, description, category_id, unit_id, service_id, form_id,
				       report_type_id, status, first_answer_days, rating_score, rating_solved, current_stage, paused_days)
				values (?, 0, ?, ?, ?, ?, false, false, 'Acak', 'Data acak', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DONE', 0)""")
			.params(code, at, received, at, random(ReferenceList.CHANNEL, random),
					random.nextInt(5) == 0 ? null : random(ReferenceList.CATEGORY, random),
					random.nextInt(4) == 0 ? null : randomUnit(random),
					random.nextBoolean() ? null : catalog.services().get(random.nextInt(catalog.services().size())).id(),
					random.nextInt(3) == 0 ? null : random(ReferenceList.FORM, random),
					random.nextInt(3) == 0 ? null : random(ReferenceList.REPORT_TYPE, random),
					STATUSES[random.nextInt(STATUSES.length)], random.nextBoolean() ? null : random.nextInt(12),
					rated ? 1 + random.nextInt(5) : null, rated ? random.nextBoolean() : null)
			.update();
		return jdbc.sql("select id from complaint where tracking_code = ?").param(code).query(Long.class).single();
	}

	private void update(long id, String assignments, Object... values) {
		List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
		params.add(id);
		jdbc.sql("update complaint set " + assignments + " where id = ?").params(params).update();
	}

	private long random(ReferenceList list, Random random) {
		var items = catalog.items(list);
		return items.get(random.nextInt(items.size())).id();
	}

	private long randomUnit(Random random) {
		List<WorkUnitTree.Node> units = catalog.unitTree().ordered();
		return units.get(random.nextInt(units.size())).unit().id();
	}

	private static String code(int i) {
		StringBuilder code = new StringBuilder();
		for (int k = 0; k < 4; k++) {
			code.append(ALPHABET.charAt(i % 30));
			i /= 30;
		}
		return code.toString();
	}
}
