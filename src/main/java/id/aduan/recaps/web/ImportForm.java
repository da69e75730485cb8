package id.aduan.recaps.web;

import org.springframework.web.multipart.MultipartFile;

/** The filled recap spreadsheet to import. */
public class ImportForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
