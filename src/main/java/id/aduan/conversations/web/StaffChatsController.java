package id.aduan.conversations.web;

import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.aduan.accounts.StaffPrincipal;
import id.aduan.catalog.Catalog;
import id.aduan.complaints.AttachmentUpload;
import id.aduan.complaints.ComplaintForm;
import id.aduan.complaints.Receipt;
import id.aduan.conversations.ChatView;
import id.aduan.conversations.Conversation;
import id.aduan.conversations.Side;
import id.aduan.conversations.WidgetChats;
import id.aduan.system.ActionRefused;
import id.aduan.system.InvalidInput;
import id.aduan.system.NotFound;

/**
 * The help desk's list of website chats, one chat with its answer form, and turning it into a complaint
 * (prefilled with the visitor's details and everything they wrote) or closing it.
 */
@Controller
@RequestMapping("/staf/percakapan")
class StaffChatsController {

	private final WidgetChats chats;

	private final Catalog catalog;

	private final MessageSource messages;

	StaffChatsController(WidgetChats chats, Catalog catalog, MessageSource messages) {
		this.chats = chats;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(name = "status", defaultValue = "OPEN") Conversation.Status status,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("chats", chats.list(status, staff.actor()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", Conversation.Status.values());
		model.addAttribute("zone", catalog.office().zone());
		return "conversations/chats";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff, Model model) {
		ChatView chat = chats.forStaff(id, staff.actor());
		model.addAttribute("messageForm", new MessageForm());
		model.addAttribute("conversionForm", prefilled(chat));
		return page(chat, model);
	}

	@PostMapping("/{id}")
	String reply(@PathVariable String id, @ModelAttribute("messageForm") MessageForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect) {
		try {
			chats.reply(id, form.getText(), AttachmentUpload.from(form.getAttachments()), staff.actor());
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
			ChatView chat = chats.forStaff(id, staff.actor());
			model.addAttribute("conversionForm", prefilled(chat));
			return page(chat, model);
		}
		redirect.addFlashAttribute("notice", "conversation.sent");
		return "redirect:/staf/percakapan/" + id;
	}

	@PostMapping("/{id}/jadikan-pengaduan")
	String convert(@PathVariable String id, @ModelAttribute("conversionForm") ComplaintForm form,
			BindingResult binding, @AuthenticationPrincipal StaffPrincipal staff, Model model,
			RedirectAttributes redirect) {
		try {
			if (!binding.hasErrors()) {
				Receipt receipt = chats.convert(id, form, staff.actor());
				redirect.addFlashAttribute("notice", "intake.registered");
				redirect.addFlashAttribute("registeredCode", receipt.trackingCode().value());
				redirect.addFlashAttribute("accessKey", receipt.accessKey().value());
				return "redirect:/staf/pengaduan/baru/selesai/" + receipt.trackingCode().value();
			}
		}
		catch (InvalidInput invalid) {
			invalid.applyTo(binding);
		}
		catch (ActionRefused refused) {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(),
					refused.messageKey(), LocaleContextHolder.getLocale()));
		}
		model.addAttribute("messageForm", new MessageForm());
		model.addAttribute("openConversion", true);
		return page(chats.forStaff(id, staff.actor()), model);
	}

	@PostMapping("/{id}/tutup")
	String close(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		chats.close(id, staff.actor());
		redirect.addFlashAttribute("notice", "conversation.closedNotice");
		return "redirect:/staf/percakapan";
	}

	@GetMapping("/{id}/lampiran/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable long fileId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return Downloads.of(chats.fileForStaff(id, fileId, staff.actor())
			.orElseThrow(() -> new NotFound("attachment.notFound")));
	}

	private String page(ChatView chat, Model model) {
		model.addAttribute("chat", chat);
		model.addAttribute("services", catalog.activeServices());
		model.addAttribute("zone", catalog.office().zone());
		return "conversations/chat";
	}

	private static ComplaintForm prefilled(ChatView chat) {
		ComplaintForm form = new ComplaintForm();
		form.getComplainant().setName(chat.conversation().visitorName());
		form.getComplainant().setEmail(chat.conversation().visitorEmail());
		form.getComplainant().setPhone(chat.conversation().visitorPhone());
		form.setDescription(chat.messages()
			.stream()
			.filter(message -> message.side() == Side.CITIZEN)
			.map(message -> message.body())
			.collect(Collectors.joining("\n\n")));
		return form;
	}
}
