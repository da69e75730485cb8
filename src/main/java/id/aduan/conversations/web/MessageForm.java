package id.aduan.conversations.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A message as typed on a page, with its files; mutable so that a bad file does not lose the text. */
public class MessageForm {

	private String text;

	private List<MultipartFile> attachments = new ArrayList<>();

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}
}
