package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.aduan.AduanTest;

/**
 * Aduan's own mappings are indexed: no mapping's path begins with a variable, which would switch the
 * index off and bring back the search through every mapping for each tracking look-up.
 */
@AduanTest
class HandlerIndexInAduanTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApplicationsHandlersAreLookedUpBySegment() {
		assertThat(mappings).isInstanceOf(SegmentedRequestMappings.class);
		assertThat(((SegmentedRequestMappings) mappings).indexedSegments()).contains("api", "open311", "lacak", "staf");
	}
}
