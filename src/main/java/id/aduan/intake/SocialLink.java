package id.aduan.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A link to a post or message on one of the six social networks the office listens to (seed 2.2 a), in
 * one standard form, so that the same post pasted twice (from the app, from a browser, shortened, with
 * tracking parameters) is recognised as the same: the network's main host, https, no tracking
 * parameters or fragment, no trailing slash; a YouTube video always as {@code watch?v=}. Links that
 * only a redirect could resolve (t.co, lnkd.in, vm.tiktok.com) keep their own host: Aduan does not
 * follow links.
 */
public record SocialLink(String channelCode, String url) {

	/** A network: its channel code, its standard host, the hosts it is reached at, the parameters that name a post. */
	private record Network(String channel, String host, Set<String> hosts, Set<String> keptParameters) {
	}

	private static final List<Network> NETWORKS = List.of(
			new Network("X", "x.com", Set.of("x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"), Set.of()),
			new Network("X", "t.co", Set.of("t.co"), Set.of()),
			new Network("INSTAGRAM", "www.instagram.com", Set.of("instagram.com", "instagr.am", "m.instagram.com"),
					Set.of()),
			new Network("FACEBOOK", "www.facebook.com",
					Set.of("facebook.com", "m.facebook.com", "web.facebook.com", "mobile.facebook.com", "fb.com",
							"mbasic.facebook.com", "touch.facebook.com"),
					Set.of("story_fbid", "id", "v", "fbid", "set", "comment_id")),
			new Network("FACEBOOK", "fb.watch", Set.of("fb.watch"), Set.of()),
			new Network("LINKEDIN", "www.linkedin.com", Set.of("linkedin.com", "m.linkedin.com", "id.linkedin.com"),
					Set.of()),
			new Network("LINKEDIN", "lnkd.in", Set.of("lnkd.in"), Set.of()),
			new Network("YOUTUBE", "www.youtube.com", Set.of("youtube.com", "m.youtube.com", "music.youtube.com",
					"youtu.be", "youtube-nocookie.com"), Set.of("v", "lc")),
			new Network("TIKTOK", "www.tiktok.com", Set.of("tiktok.com", "m.tiktok.com"), Set.of()),
			new Network("TIKTOK", "vm.tiktok.com", Set.of("vm.tiktok.com", "vt.tiktok.com"), Set.of()));

	/** The link in standard form when it points at one of the networks; empty for anything else. */
	public static Optional<SocialLink> recognise(String pasted) {
		if (pasted == null || pasted.isBlank()) {
			return Optional.empty();
		}
		String text = pasted.strip();
		if (text.contains(" ") || text.length() > 2000) {
			return Optional.empty();
		}
		if (!text.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
			if (text.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !text.matches("(?i)^[a-z0-9.-]+:\\d+(/.*)?$")) {
				return Optional.empty();
			}
			text = "https://" + text;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException notALink) {
			return Optional.empty();
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
			return Optional.empty();
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.startsWith("www.")) {
			host = host.substring(4);
		}
		for (Network network : NETWORKS) {
			if (network.hosts().contains(host)) {
				return Optional.of(new SocialLink(network.channel(), standard(network, host, uri)));
			}
		}
		return Optional.empty();
	}

	private static String standard(Network network, String host, URI uri) {
		String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/{2,}", "/");
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		Map<String, String> query = parameters(uri.getRawQuery(), network.keptParameters());
		if (network.channel().equals("YOUTUBE")) {
			String video = host.equals("youtu.be") ? path.replaceFirst("^/", "")
					: path.startsWith("/shorts/") || path.startsWith("/live/") || path.startsWith("/embed/")
							? path.substring(path.indexOf('/', 1) + 1) : query.get("v");
			if (video != null && !video.isBlank() && !video.contains("/")) {
				Map<String, String> kept = new LinkedHashMap<>();
				kept.put("v", video);
				if (query.containsKey("lc")) {
					kept.put("lc", query.get("lc"));
				}
				return "https://www.youtube.com/watch" + queryString(kept);
			}
		}
		if (network.channel().equals("X") && network.host().equals("x.com")) {
			path = lowerFirstSegment(path);
		}
		if (network.channel().equals("TIKTOK") && network.host().equals("www.tiktok.com")) {
			path = lowerFirstSegment(path);
		}
		return "https://" + network.host() + path + queryString(query);
	}

	/** Handles (user names) are case-insensitive on X and TikTok; post ids and Instagram codes are not. */
	private static String lowerFirstSegment(String path) {
		int end = path.indexOf('/', 1);
		String first = end < 0 ? path : path.substring(0, end);
		return first.toLowerCase(Locale.ROOT) + (end < 0 ? "" : path.substring(end));
	}

	private static Map<String, String> parameters(String rawQuery, Set<String> kept) {
		Map<String, String> values = new LinkedHashMap<>();
		if (rawQuery == null || kept.isEmpty()) {
			return values;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			if (kept.contains(name) && equals > 0 && !values.containsKey(name)) {
				values.put(name, pair.substring(equals + 1));
			}
		}
		return new TreeMap<>(values);
	}

	private static String queryString(Map<String, String> values) {
		if (values.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("?");
		values.forEach((name, value) -> out.append(out.length() > 1 ? "&" : "").append(name).append('=').append(value));
		return out.toString();
	}
}
