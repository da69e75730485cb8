package id.aduan.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2's XML: the same structures as the JSON answers (maps and lists), with the element
 * names the spec gives: a list is an element holding one element per item, named as the spec names
 * the item ({@code services/service}, {@code attributes/attribute}, {@code service_requests/request}).
 */
final class Open311Xml {

	/** The element name of a list's items, by the list's own name. */
	private static final Map<String, String> ITEMS = Map.of("services", "service", "attributes", "attribute",
			"values", "value", "service_requests", "request", "errors", "error", "endpoints", "endpoint", "formats",
			"format");

	private Open311Xml() {
	}

	static String write(String root, Object content) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("utf-8", "1.0");
			element(xml, root, content);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException impossible) {
			throw new IllegalStateException(impossible);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(xml, String.valueOf(entry.getKey()), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String item = ITEMS.getOrDefault(name, "item");
			for (Object each : list) {
				element(xml, item, each);
			}
		}
		else {
			xml.writeCharacters(String.valueOf(value));
		}
		xml.writeEndElement();
	}
}
