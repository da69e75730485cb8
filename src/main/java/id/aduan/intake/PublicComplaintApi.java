package id.aduan.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.accounts.Actor;
import id.aduan.catalog.Catalog;
import id.aduan.catalog.PublicService;
import id.aduan.catalog.ReferenceItem;
import id.aduan.catalog.ReferenceList;
import id.aduan.complaints.Arrival;
import id.aduan.complaints.Classification;
import id.aduan.complaints.Complainant;
import id.aduan.complaints.ComplaintRegistration;
import id.aduan.complaints.Matter;
import id.aduan.complaints.NewComplaint;
import id.aduan.complaints.Receipt;
import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.json.JsonMapper;
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

	/**
	 * The answer to an accepted complaint: the code to follow it with, and the access key to its message
	 * thread (give both to the complainant; the key is not shown again). A replay for an Idempotency-Key
	 * has no access key, which is not kept, and says so in {@code accessKeyNote}. {@code receiptUrl} is the
	 * printable receipt (tanda terima, PDF, without the key).
	 */
	record ComplaintReceipt(String trackingCode, String status, String trackingUrl, String receiptUrl,
			String accessKey, @JsonInclude(JsonInclude.Include.NON_NULL) String accessKeyNote) {

		ComplaintReceipt withNote(String note) {
			return new ComplaintReceipt(trackingCode, status, trackingUrl, receiptUrl, accessKey, note);
		}
	}

	/** Field names in the register and the names this API uses for them. */
	private static final Map<String, String> API_FIELDS = Map.of("reportTypeId", "reportType", "categoryId",
			"category", "serviceId", "service", "channelReference", "reference");

	private final ComplaintRegistration registration;

	private final Catalog catalog;

	private final Idempotency idempotency;

	private final JsonMapper json;

	private final MessageSource messages;

	PublicComplaintApi(ComplaintRegistration registration, Catalog catalog, Idempotency idempotency, JsonMapper json,
			MessageSource messages) {
		this.registration = registration;
		this.catalog = catalog;
		this.idempotency = idempotency;
		this.json = json;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Menyampaikan pengaduan", description = "Menjawab 201 dengan kode pelacakan dan kunci akses; 422 dengan daftar isian yang harus diperbaiki. "
			+ "Dengan header Idempotency-Key, pengiriman ulang dengan kunci yang sama menjawab hasil pertama tanpa membuat pengaduan baru; "
			+ "kunci akses hanya ada pada jawaban pertama (tidak disimpan).")
	@ApiResponse(responseCode = "201", description = "Pengaduan diterima")
	@ApiResponse(responseCode = "422", description = "Isian tidak valid, atau Idempotency-Key sudah dipakai untuk isi lain; tidak ada yang disimpan")
	ResponseEntity<ComplaintReceipt> submit(@RequestBody ComplaintRequest request,
			@RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
		if (idempotencyKey == null) {
			ComplaintReceipt receipt = register(request);
			return ResponseEntity.created(URI.create("/api/v1/public/complaints/" + receipt.trackingCode())).body(receipt);
		}
		Idempotency.Outcome outcome = idempotency.once("public-api", idempotencyKey, String.valueOf(request),
				() -> registered(request), receipt -> new Idempotency.Answer(201, json.writeValueAsString(answer(receipt)),
						"/api/v1/public/complaints/" + receipt.trackingCode().value()));
		Idempotency.Answer answer = outcome.answer();
		ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
			.location(URI.create(answer.location()));
		ComplaintReceipt receipt = json.readValue(answer.body(), ComplaintReceipt.class);
		if (outcome.replayed()) {
			response.header("Idempotent-Replayed", "true");
			receipt = receipt.withNote(messages.getMessage("idempotency.replay.noAccessKey", null,
					LocaleContextHolder.getLocale()));
		}
		return response.body(receipt);
	}

	private ComplaintReceipt register(ComplaintRequest request) {
		return answer(registered(request));
	}

	private static ComplaintReceipt answer(Receipt receipt) {
		String code = receipt.trackingCode().value();
		return new ComplaintReceipt(code, "RECEIVED", "/lacak/" + code, "/lacak/" + code + "/tanda-terima.pdf",
				receipt.accessKey() == null ? null : receipt.accessKey().value(), null);
	}

	private Receipt registered(ComplaintRequest request) {
		List<FieldProblem> codeProblems = new ArrayList<>();
		Long reportType = code(ReferenceList.REPORT_TYPE, "reportType", request.reportType(), codeProblems);
		Long category = code(ReferenceList.CATEGORY, "category", request.category(), codeProblems);
		Long service = serviceCode(request.service(), codeProblems);
		Long channel = catalog.itemByCode(ReferenceList.CHANNEL, CHANNEL).orElseThrow().id();
		boolean anonymous = Boolean.TRUE.equals(request.anonymous());
		NewComplaint complaint = NewComplaint
			.of(new Arrival(channel, null, request.reference()), new Matter(request.title(), request.description(),
					request.incidentDate(), request.incidentPlace()))
			.from(request.complainant(), anonymous, Boolean.TRUE.equals(request.confidential()))
			.classifiedAs(new Classification(reportType, null, category, service));
		try {
			if (!codeProblems.isEmpty()) {
				registration.check(complaint);
				throw new InvalidInput(codeProblems);
			}
			Complainant who = complaint.complainant();
			return registration.registerWithReceipt(complaint, Actor.citizen(anonymous ? null : who.name()));
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
