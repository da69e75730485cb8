package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;

import com.jayway.jsonpath.JsonPath;

/** {@link ControlCharactersContract} on the default H2 database. */
@AduanTest
class ControlCharactersOnH2Test extends ControlCharactersContract {

	/**
	 * H2 databases from before the doors refused control characters may hold them already: the Open311
	 * XML leaves out what XML 1.0 cannot carry, so that a stored NUL no longer breaks the list.
	 */
	@Test
	void aNulStoredBeforeTheDoorsRefusedItLeavesTheOpen311XmlWellFormed() throws Exception {
		String answer = mvc.perform(post("/api/v1/public/complaints").contentType(MediaType.APPLICATION_JSON).content("""
				{"title": "Sampah pasar", "description": "Sampah menumpuk di pasar sejak pekan lalu."}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = jdbc.sql("select id from complaint where tracking_code = ?")
			.param((String) JsonPath.read(answer, "$.trackingCode")).query(Long.class).single();
		jdbc.sql("update complaint set description = ?, incident_place = ? where id = ?")
			.params("Sampah menumpuk\u0000 di pasar\u0007 sejak\uFFFE pekan lalu.\tBau\ud800 sekali.", "Pasar\u001b Mardika", id)
			.update();

		for (String path : new String[] { "/open311/v2/requests.xml", "/open311/v2/requests.xml?service_request_id=" + id }) {
			byte[] xml = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			assertThat(parsed.getDocumentElement().getNodeName()).isEqualTo("service_requests");
		}
		byte[] one = mvc.perform(get("/open311/v2/requests.xml?service_request_id=" + id)).andReturn().getResponse()
			.getContentAsByteArray();
		Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(one));
		assertThat(parsed.getElementsByTagName("description").item(0).getTextContent())
			.isEqualTo("Sampah menumpuk di pasar sejak pekan lalu.\tBau sekali.");
		assertThat(parsed.getElementsByTagName("address").item(0).getTextContent()).isEqualTo("Pasar Mardika");
	}
}
