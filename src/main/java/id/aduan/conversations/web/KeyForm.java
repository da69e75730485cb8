package id.aduan.conversations.web;

/** The access key as the complainant types it to open their complaint's thread. */
public class KeyForm {

	private String key;

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}
}
