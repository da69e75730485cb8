package id.aduan.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.TrackingCode;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public complaint API for other applications (the office's app, a partner's website): the same
 * checks as the web form, reference data named by its codes, answers in Indonesian.
 */
@RestController
@RequestMapping("/api/v1/public/complaints")
@Tag(name = "Pengaduan publik", description = "Menyampaikan pengaduan tanpa login")
class PublicComplaintApi {

	static final String CHANNEL = "API";

	/** A complaint as an application sends it; report type, category and service are catalogue codes. */
	record ComplaintRequest(String title, String description, Complainant complainant, Boolean anonymous,
			Boolean confidential, LocalDate incidentDate, String incidentPlace, String reportType, String category,
			String service, String reference) {
	}

	/** The answer to an accepted complaint: the code to follow it with. */
	record ComplaintReceipt(String trackingCode, String status, String trackingUrl) {
	}

	/** Field names in the register and the names this API uses for them. */
	private static final Map<String, String> API_FIELDS = Map.of("reportTypeId", "reportType", "categoryId",
			"category", "serviceId", "service", "channelReference", "reference");

	private final ComplaintRegistration registration;

	private final Catalog catalog;

	PublicComplaintApi(ComplaintRegistration registration, Catalog catalog) {
		this.registration = registration;
		this.catalog = catalog;
	}

	@PostMapping
	@Operation(summary = "Menyampaikan pengaduan", description = "Menjawab 201 dengan kode pelacakan; 422 dengan daftar isian yang harus diperbaiki.")
	@ApiResponse(responseCode = "201", description = "Pengaduan diterima")
	@ApiResponse(responseCode = "422", description = "Isian tidak valid; tidak ada yang disimpan")
	ResponseEntity<ComplaintReceipt> submit(@RequestBody ComplaintRequest request) {
		List<FieldProblem> codeProblems = new ArrayList<>();
		Long reportType = code(ReferenceList.REPORT_TYPE, "reportType", request.reportType(), codeProblems);
		Long category = code(ReferenceList.CATEGORY, "category", request.category(), codeProblems);
		Long service = serviceCode(request.service(), codeProblems);
		Long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).orElseThrow().id();
		boolean anonymous = Boolean.TRUE.equals(request.anonymous());
		NewComplaint complaint = new NewComplaint(channel, null, request.reference(), request.complainant(),
				anonymous, Boolean.TRUE.equals(request.confidential()), request.title(), request.description(),
				request.incidentDate(), request.incidentPlace(), reportType, null, category, service, List.of());
		try {
			if (!codeProblems.isEmpty()) {
				registration.check(complaint);
				throw new InvalidInput(codeProblems);
			}
			Complainant who = complaint.complainant();
			TrackingCode code = registration.register(complaint, Actor.citizen(anonymous ? null : who.name()));
			return ResponseEntity.created(URI.create("/api/v1/public/complaints/" + code.value()))
				.body(new ComplaintReceipt(code.value(), "RECEIVED", "/lacak/" + code.value()));
		}
		catch (InvalidInput invalid) {
			List<FieldProblem> all = new ArrayList<>(codeProblems);
			for (FieldProblem problem : invalid.problems()) {
				FieldProblem renamed = new FieldProblem(API_FIELDS.getOrDefault(problem.field(), problem.field()),
						problem.messageKey(), problem.arguments());
				if (!all.contains(renamed)) {
					all.add(renamed);
				}
			}
			throw new InvalidInput(all);
		}
	}

	private Long code(ReferenceList list, String field, String code, List<FieldProblem> problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Optional<ReferenceItem> item = catalog.itemByCode(list, code).filter(ReferenceItem::active);
		if (item.isEmpty()) {
			problems.add(FieldProblem.of(field, "api.code.unknown", code));
			return null;
		}
		return item.get().id();
	}

	private Long serviceCode(String code, List<FieldProblem> problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Optional<PublicService> service = catalog.serviceByCode(code).filter(PublicService::active);
		if (service.isEmpty()) {
			problems.add(FieldProblem.of("service", "api.code.unknown", code));
			return null;
		}
		return service.get().id();
	}
}
