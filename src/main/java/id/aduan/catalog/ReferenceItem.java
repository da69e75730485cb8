package id.aduan.catalog;

/**
 * One entry of a {@link ReferenceList}, e.g. the channel "Instagram" or the category "Informasi umum".
 * The name labels lists and forms; {@code sentenceForm} is how the item reads inside a sentence of an
 * official document ("pengaduan diterima melalui datang langsung ke help desk Ruang PPID"), empty when the
 * name reads well as it is; {@code contact} is what the office publishes for a channel (its page,
 * address, number or e-mail).
 */
public record ReferenceItem(long id, String code, String name, String description, boolean active, int sortOrder,
		String sentenceForm, String contact) {

	/** How the item reads inside a sentence: its sentence form, or its name when it has none. */
	public String inSentence() {
		return sentenceForm == null || sentenceForm.isBlank() ? name : sentenceForm;
	}
}
