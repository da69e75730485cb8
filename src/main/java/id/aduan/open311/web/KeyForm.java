package id.aduan.open311.web;

/** The name of the application a new API key is for. */
public class KeyForm {

	private String name;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
