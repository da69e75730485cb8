package id.aduan.duplicates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When two complaints are offered as probable duplicates: the same contact (email or phone) within
 * {@code windowDays} days of each other and texts at least {@code similarity} alike (0–1, see
 * {@link TextSimilarity}); the same post link or channel reference at any distance.
 */
@ConfigurationProperties("aduan.duplicates")
record DuplicateSettings(@DefaultValue("7") int windowDays, @DefaultValue("0.3") double similarity) {
}
