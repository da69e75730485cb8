package id.aduan.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.aduan.audit.AuditTrail;
import id.aduan.system.InvalidInput;
import id.aduan.system.MaxLength;
import id.aduan.system.PlainText;
import id.aduan.system.Problems;
import id.aduan.system.Required;

/**
 * The service-level rules the administrator sets, and which one applies to a complaint. Defaults
 * follow SP4N-LAPOR! (verification 3, follow-up 5, automatic closure 10 working days after an answer)
 * with resolution in 14 working days; every figure is a setting.
 */
@Component
public class ServiceLevels {

	/** A rule as the administrator types it; empty targets mean "any". */
	public record RuleDraft(@Required @MaxLength(200) @PlainText String name, Long reportTypeId, Long categoryId, Long serviceId, Integer verifyDays,
			Integer followUpDays, Integer resolveDays, Integer autoCloseDays) {
	}

	static final int MAX_DAYS = 365;

	private final ServiceLevelRules rules;

	private final Catalog catalog;

	private final Clock clock;

	private final AuditTrail audit;

	ServiceLevels(ServiceLevelRules rules, Catalog catalog, Clock clock, AuditTrail audit) {
		this.rules = rules;
		this.catalog = catalog;
		this.clock = clock;
		this.audit = audit;
	}

	/** The most specific rule valid on the day the complaint was received. */
	public ServiceLevel levelFor(Long reportTypeId, Long categoryId, Long serviceId, LocalDate receivedOn) {
		return rules.all()
			.stream()
			.filter(rule -> rule.isValidOn(receivedOn) && rule.matches(reportTypeId, categoryId, serviceId))
			.max(Comparator.comparingInt(ServiceLevelRule::specificity)
				.thenComparing(ServiceLevelRule::validFrom)
				.thenComparingLong(ServiceLevelRule::id))
			.map(ServiceLevelRule::level)
			.orElse(ServiceLevel.SP4N);
	}

	/** The rules in force today, most general first. */
	public List<ServiceLevelRule> current() {
		LocalDate today = today();
		return rules.all()
			.stream()
			.filter(rule -> rule.isValidOn(today) || rule.validFrom().isAfter(today))
			.sorted(Comparator.comparingInt(ServiceLevelRule::specificity).thenComparing(ServiceLevelRule::name))
			.toList();
	}

	/** Every version ever in force, newest first: what old complaints were judged by. */
	public List<ServiceLevelRule> history() {
		return rules.all();
	}

	@Transactional
	public long add(RuleDraft draft, String by) {
		Problems problems = check(draft);
		ServiceLevelRule candidate = asRule(draft);
		problems.check(current().stream().noneMatch(rule -> rule.sameTarget(candidate)), "reportTypeId",
				"sla.rule.duplicate");
		problems.throwIfAny();
		long id = rules.add(draft.name().trim(), draft.reportTypeId(), draft.categoryId(), draft.serviceId(),
				draft.verifyDays(), draft.followUpDays(), draft.resolveDays(), draft.autoCloseDays(), today(), by,
				clock.instant());
		audit.record(by, "SERVICE_LEVEL_ADDED", "service_level_rule", String.valueOf(id), describe(draft));
		return id;
	}

	/** A change is a new version from today; complaints received before keep the old figures. */
	@Transactional
	public long change(long id, RuleDraft draft, String by) {
		ServiceLevelRule old = rules.byId(id).filter(rule -> rule.isValidOn(today()))
			.orElseThrow(() -> InvalidInput.of("id", "sla.rule.unknown"));
		RuleDraft sameTarget = new RuleDraft(draft.name(), old.reportTypeId(), old.categoryId(), old.serviceId(),
				draft.verifyDays(), draft.followUpDays(), draft.resolveDays(), draft.autoCloseDays());
		check(sameTarget).throwIfAny();
		rules.close(id, today());
		long next = rules.add(sameTarget.name().trim(), old.reportTypeId(), old.categoryId(), old.serviceId(),
				draft.verifyDays(), draft.followUpDays(), draft.resolveDays(), draft.autoCloseDays(), today(), by,
				clock.instant());
		audit.record(by, "SERVICE_LEVEL_CHANGED", "service_level_rule", String.valueOf(next),
				"menggantikan " + id + ": " + describe(sameTarget));
		return next;
	}

	private static String describe(RuleDraft draft) {
		return draft.name().trim() + " (verifikasi " + draft.verifyDays() + ", tindak lanjut " + draft.followUpDays()
				+ ", penyelesaian " + draft.resolveDays() + ", tutup otomatis " + draft.autoCloseDays() + " hari kerja)";
	}

	@Transactional
	public void retire(long id, String by) {
		ServiceLevelRule rule = rules.byId(id).filter(found -> found.isValidOn(today()))
			.orElseThrow(() -> InvalidInput.of("id", "sla.rule.unknown"));
		if (rule.specificity() == 0) {
			throw InvalidInput.of("id", "sla.rule.defaultStays");
		}
		rules.close(id, today());
		audit.record(by, "SERVICE_LEVEL_RETIRED", "service_level_rule", String.valueOf(id), rule.name());
	}

	private Problems check(RuleDraft draft) {
		Problems problems = new Problems().validate(draft);
		days(problems, "verifyDays", draft.verifyDays());
		days(problems, "followUpDays", draft.followUpDays());
		days(problems, "resolveDays", draft.resolveDays());
		days(problems, "autoCloseDays", draft.autoCloseDays());
		problems.check(draft.reportTypeId() == null || catalog.item(ReferenceList.REPORT_TYPE, draft.reportTypeId())
			.isPresent(), "reportTypeId", "catalog.item.unknown");
		problems.check(draft.categoryId() == null || catalog.item(ReferenceList.CATEGORY, draft.categoryId())
			.isPresent(), "categoryId", "catalog.item.unknown");
		problems.check(draft.serviceId() == null || catalog.service(draft.serviceId()).isPresent(), "serviceId",
				"catalog.item.unknown");
		return problems;
	}

	private static void days(Problems problems, String field, Integer value) {
		problems.check(value != null && value >= 1 && value <= MAX_DAYS, field, "sla.days.range", MAX_DAYS);
	}

	private static ServiceLevelRule asRule(RuleDraft draft) {
		return new ServiceLevelRule(0, draft.name(), draft.reportTypeId(), draft.categoryId(), draft.serviceId(), 0, 0,
				0, 0, LocalDate.MIN, null, null, null);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(catalog.office().zone()));
	}
}
