package id.aduan.complaints;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.audit.AuditTrail;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnit;
import id.aduan.system.ActionRefused;
import id.aduan.system.DatabaseTime;
import id.aduan.system.MaxLength;
import id.aduan.system.NotFound;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * Reply templates per unit (templat tanggapan): the coordinator keeps the office's and any unit's, a unit
 * officer those of the units they answer for. Answering a complaint, an officer picks one of the
 * templates of the complaint's unit (or of a unit above it, or the office's) and gets its text with the
 * placeholders filled in, to edit before sending: the answer itself goes through
 * {@link ComplaintHandling#answer} like any other.
 */
@Component
public class ReplyTemplates {

	/** The placeholders a template may use, and what each is filled with. */
	public static final List<String> PLACEHOLDERS = List.of("{nama}", "{kode}", "{unit}", "{judul}", "{tanggal}",
			"{petugas}");

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** A template as it is written. */
	public record Draft(Long unitId, @Required @MaxLength(100) @PlainText String name,
			@Required @MaxLength(10000) @PlainText String body) {
	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ComplaintAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	ReplyTemplates(JdbcClient jdbc, Catalog catalog, ComplaintAccess access, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	private RowMapper<ReplyTemplate> mapper() {
		return (rs, row) -> {
			Long unitId = rs.getObject("unit_id", Long.class);
			return new ReplyTemplate(rs.getLong("id"), unitId,
					unitId == null ? null : catalog.unit(unitId).map(WorkUnit::name).orElse(null), rs.getString("name"),
					rs.getString("body"));
		};
	}

	/** The templates this person keeps: all for the coordinator, their units' for a unit officer. */
	public List<ReplyTemplate> kept(Actor actor) {
		List<ReplyTemplate> all = jdbc.sql("select * from reply_template order by name, id").query(mapper()).list();
		return switch (actor.role()) {
			case COORDINATOR -> all;
			case UNIT_OFFICER -> {
				Set<Long> scope = access.handler(actor).unitScope();
				yield all.stream().filter(t -> t.unitId() != null && scope.contains(t.unitId())).toList();
			}
			default -> List.of();
		};
	}

	/** The templates that fit a complaint: its unit's, those of the units above it, and the office's. */
	public List<ReplyTemplate> forComplaint(long complaintId, Actor actor) {
		Complaint complaint = access.visible(complaintId, actor);
		Set<Long> units = complaint.unitId() == null ? Set.of() : catalog.unitTree().ancestorsOf(complaint.unitId());
		return jdbc.sql("select * from reply_template order by name, id")
			.query(mapper())
			.list()
			.stream()
			.filter(t -> t.unitId() == null || units.contains(t.unitId()))
			.toList();
	}

	/** The template's text with the complaint's values in place of the placeholders, for {@code actor} to send. */
	public String filled(long templateId, long complaintId, Actor actor) {
		ReplyTemplate template = forComplaint(complaintId, actor).stream()
			.filter(t -> t.id() == templateId)
			.findFirst()
			.orElseThrow(() -> new NotFound("reply.notFound"));
		Complaint complaint = access.visible(complaintId, actor);
		ZoneId zone = catalog.office().zone();
		String name = complaint.visibleComplainant()
			.map(Complainant::name)
			.filter(n -> n != null && !n.isBlank())
			.orElse(messages.getMessage("reply.anonymousName", null, "Bapak/Ibu", INDONESIAN));
		Map<String, String> values = Map.of("{nama}", name, "{kode}", complaint.trackingCode().value(), "{unit}",
				complaint.unitId() == null ? catalog.office().fullName()
						: catalog.unit(complaint.unitId()).map(WorkUnit::name).orElse(""),
				"{judul}", complaint.title(), "{tanggal}",
				DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN).format(complaint.receivedAt().atZone(zone)),
				"{petugas}", actor.name());
		String text = template.body();
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace(value.getKey(), value.getValue());
		}
		return text;
	}

	@Transactional
	public long save(Draft draft, Actor actor) {
		check(draft, actor);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into reply_template (unit_id, name, body, changed_at, changed_by) values (?, ?, ?, ?, ?)")
			.params(draft.unitId(), draft.name().trim(), draft.body().strip(), DatabaseTime.of(clock.instant()),
					actor.name())
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		audit.record(actor.name(), "REPLY_TEMPLATE_SAVED", "reply_template", String.valueOf(id), draft.name().trim());
		return id;
	}

	@Transactional
	public void delete(long id, Actor actor) {
		ReplyTemplate template = kept(actor).stream()
			.filter(t -> t.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("reply.notFound"));
		jdbc.sql("delete from reply_template where id = ?").param(id).update();
		audit.record(actor.name(), "REPLY_TEMPLATE_DELETED", "reply_template", String.valueOf(id), template.name());
	}

	private void check(Draft draft, Actor actor) {
		if (actor.role() != Role.COORDINATOR && actor.role() != Role.UNIT_OFFICER) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "reply.role");
		}
		Problems problems = new Problems().validate(draft);
		if (draft.unitId() != null) {
			problems.check(catalog.unit(draft.unitId()).filter(WorkUnit::active).isPresent(), "unitId",
					"complaint.unit.unknown");
		}
		if (actor.role() == Role.UNIT_OFFICER) {
			problems.check(draft.unitId() != null && access.handler(actor).unitScope().contains(draft.unitId()), "unitId",
					"reply.unit.own");
		}
		problems.throwIfAny();
	}
}
