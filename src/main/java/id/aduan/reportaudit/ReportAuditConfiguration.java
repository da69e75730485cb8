package id.aduan.reportaudit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java audit and file reading as beans for the page and the API. */
@Configuration(proxyBeanMethods = false)
class ReportAuditConfiguration {

	@Bean
	ReportAudit reportAudit() {
		return ReportAudit.standard();
	}

	@Bean
	ReportReading reportReading(ReportAuditSettings settings) {
		return new ReportReading(settings.maxSize().toBytes(), settings.ocrCommand());
	}
}
