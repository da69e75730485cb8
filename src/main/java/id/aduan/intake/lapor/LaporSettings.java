package id.aduan.intake.lapor;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The time zone of the dates in SP4N-LAPOR!'s exports (the national platform shows WIB). */
@ConfigurationProperties("aduan.lapor")
record LaporSettings(@DefaultValue("Asia/Jakarta") ZoneId zone) {
}
