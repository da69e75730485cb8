package id.aduan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Links to posts as people paste them, each in its standard form; other links are not recognised. */
class SocialLinkTest {

	@Test
	void everyFormOfTheSamePostHasOneStandardForm() {
		Map<String, List<String>> same = Map.of(
				"https://x.com/dinsos_bursel/status/1786543210987654321", List.of(
						"https://twitter.com/Dinsos_Bursel/status/1786543210987654321",
						"twitter.com/Dinsos_Bursel/status/1786543210987654321?s=20&t=abcDEF",
						"https://mobile.twitter.com/dinsos_bursel/status/1786543210987654321/",
						"http://www.x.com/DINSOS_BURSEL/status/1786543210987654321#reply"),
				"https://www.instagram.com/p/C7xYz12AbCd", List.of(
						"https://www.instagram.com/p/C7xYz12AbCd/?igsh=MWQ1ZGUxMzBkMA==",
						"instagram.com/p/C7xYz12AbCd/", "https://instagr.am/p/C7xYz12AbCd",
						"https://m.instagram.com/p/C7xYz12AbCd/?utm_source=ig_web_copy_link"),
				"https://www.facebook.com/permalink.php?id=100064&story_fbid=pfbid02abc", List.of(
						"https://m.facebook.com/permalink.php?story_fbid=pfbid02abc&id=100064&mibextid=Nif5oz",
						"https://web.facebook.com/permalink.php?story_fbid=pfbid02abc&id=100064&_rdc=1&_rdr",
						"facebook.com/permalink.php?id=100064&story_fbid=pfbid02abc&fbclid=IwAR0x"),
				"https://www.linkedin.com/posts/dinsosbursel_bansos-activity-7190000000000000000-AbCd", List.of(
						"https://id.linkedin.com/posts/dinsosbursel_bansos-activity-7190000000000000000-AbCd?utm_source=share",
						"linkedin.com/posts/dinsosbursel_bansos-activity-7190000000000000000-AbCd/"),
				"https://www.youtube.com/watch?v=dQw4w9WgXcQ", List.of(
						"https://youtu.be/dQw4w9WgXcQ?si=abc123", "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share",
						"https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube.com/watch?feature=youtu.be&v=dQw4w9WgXcQ&t=42"),
				"https://www.tiktok.com/@dinsosbursel/video/7350000000000000000", List.of(
						"https://www.tiktok.com/@DinsosBursel/video/7350000000000000000?is_from_webapp=1&sender_device=pc",
						"tiktok.com/@dinsosbursel/video/7350000000000000000/",
						"https://m.tiktok.com/@dinsosbursel/video/7350000000000000000"));
		Map<String, String> channels = Map.of("x.com", "X", "www.instagram.com", "INSTAGRAM", "www.facebook.com",
				"FACEBOOK", "www.linkedin.com", "LINKEDIN", "www.youtube.com", "YOUTUBE", "www.tiktok.com", "TIKTOK");

		same.forEach((standard, variants) -> {
			String host = standard.substring(8, standard.indexOf('/', 8));
			assertThat(SocialLink.recognise(standard)).as(standard)
				.contains(new SocialLink(channels.get(host), standard));
			for (String variant : variants) {
				assertThat(SocialLink.recognise(variant)).as(variant)
					.contains(new SocialLink(channels.get(host), standard));
			}
		});
	}

	@Test
	void aYouTubeCommentKeepsItsCommentAndDifferentPostsStayDifferent() {
		assertThat(SocialLink.recognise("https://www.youtube.com/watch?v=abc&lc=Ugx123&pp=xyz")).get()
			.extracting(SocialLink::url).isEqualTo("https://www.youtube.com/watch?v=abc&lc=Ugx123");
		assertThat(SocialLink.recognise("https://www.instagram.com/p/AAA/")).isNotEqualTo(
				SocialLink.recognise("https://www.instagram.com/p/aaa/"));
		assertThat(SocialLink.recognise("https://vm.tiktok.com/ZSabc/")).get().extracting(SocialLink::url)
			.isEqualTo("https://vm.tiktok.com/ZSabc");
	}

	@Test
	void otherLinksAndTextsAreNotRecognised() {
		for (String other : List.of("", "   ", "Surat 005/12/2026", "082238804189", "https://lapor.go.id/laporan/123",
				"https://dinsos.burselkab.go.id/", "ftp://x.com/a", "https://notinstagram.com/p/x", "mailto:a@x.com",
				"https://x.com.evil.example/status/1", "javascript:alert(1)", "http://[::1]/")) {
			assertThat(SocialLink.recognise(other)).as(other).isEmpty();
		}
	}
}
