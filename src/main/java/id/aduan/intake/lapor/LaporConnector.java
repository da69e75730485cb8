package id.aduan.intake.lapor;

import java.util.List;

/**
 * Where SP4N-LAPOR! reports come from and where Aduan's follow-ups go. The platform's integration API is
 * not public, so today's connector is a file the LAPOR! officer exports and one Aduan gives back
 * ({@link LaporFile}); when the platform grants access, an API connector implements the same two
 * methods and {@link LaporSync} stays as it is.
 */
public interface LaporConnector {

	/** The reports, every one checked, with every problem found. */
	LaporBatch fetch();

	/** Hands the follow-ups back; the file route returns the file to download. */
	Delivery deliver(List<LaporFollowUp> followUps);

	/** What delivering produced: a file (name, type, bytes) for the file route, nothing for an API. */
	record Delivery(String fileName, String contentType, byte[] content) {
	}
}
