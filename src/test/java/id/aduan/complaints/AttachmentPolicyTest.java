package id.aduan.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import id.aduan.system.FieldProblem;
import id.aduan.system.InvalidInput;
import id.aduan.system.Problems;

class AttachmentPolicyTest {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	final AttachmentPolicy policy = new AttachmentPolicy(2, DataSize.ofKilobytes(1));

	@Test
	void photosAndPdfAreRecognisedByTheirContentNotTheirName() {
		Problems problems = new Problems();
		List<AttachmentPolicy.Accepted> accepted = policy.check("attachments",
				List.of(new AttachmentUpload("foto.pdf", "application/pdf", JPEG),
						new AttachmentUpload("surat", "application/octet-stream", PDF)),
				false, problems);

		assertThat(problems.isEmpty()).isTrue();
		assertThat(accepted).extracting(AttachmentPolicy.Accepted::contentType)
			.containsExactly("image/jpeg", "application/pdf");
	}

	@Test
	void aScriptDressedAsAPhotoIsRefusedByName() {
		List<FieldProblem> found = problems(policy, List.of(new AttachmentUpload("kucing.jpg", "image/jpeg",
				"<script>alert(1)</script>".getBytes())), false);

		assertThat(found).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("attachment.type");
			assertThat(problem.arguments()).containsExactly("kucing.jpg");
		});
	}

	@Test
	void tooLargeAndTooManyFilesAreRefused() {
		byte[] big = new byte[2048];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		assertThat(problems(policy, List.of(new AttachmentUpload("besar.png", "image/png", big)), false))
			.extracting(FieldProblem::messageKey)
			.containsExactly("attachment.tooLarge");
		assertThat(problems(policy, List.of(new AttachmentUpload("a.png", null, PNG),
				new AttachmentUpload("b.png", null, PNG), new AttachmentUpload("c.png", null, PNG)), false))
			.extracting(FieldProblem::messageKey)
			.containsExactly("attachment.tooMany");
	}

	@Test
	void documentationPhotosMustBeImages() {
		assertThat(problems(policy, List.of(new AttachmentUpload("laporan.pdf", null, PDF)), true))
			.extracting(FieldProblem::messageKey)
			.containsExactly("attachment.notImage");
	}

	@Test
	void fileNamesLoseTheirPathsAndControlCharacters() {
		assertThat(AttachmentPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentPolicy.safeName("C:\\Users\\x\\foto.jpg")).isEqualTo("foto.jpg");
		assertThat(AttachmentPolicy.safeName("..")).isEqualTo("lampiran");
		assertThat(AttachmentPolicy.safeName(".htaccess")).isEqualTo("htaccess");
		assertThat(AttachmentPolicy.safeName("a\u0000b<c>.png")).isEqualTo("a_b_c_.png");
		assertThat(AttachmentPolicy.safeName(null)).isEqualTo("lampiran");
		assertThat(AttachmentPolicy.safeName("x".repeat(300) + ".png")).hasSize(255).endsWith(".png");
	}

	private static List<FieldProblem> problems(AttachmentPolicy policy, List<AttachmentUpload> uploads,
			boolean imagesOnly) {
		Problems problems = new Problems();
		policy.check("attachments", uploads, imagesOnly, problems);
		try {
			problems.throwIfAny();
			return List.of();
		}
		catch (InvalidInput invalid) {
			return invalid.problems();
		}
	}
}
