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
 * Texts carry only characters XML 1.0 allows, so the document is always well-formed.
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
			xml.writeCharacters(xmlCharactersOnly(String.valueOf(value)));
		}
		xml.writeEndElement();
	}

	/**
	 * The text without the characters XML 1.0 cannot carry (control characters other than tab and line
	 * breaks, U+FFFE and U+FFFF, unpaired surrogates), which no escape can put into a well-formed document.
	 * The doors refuse them, but an H2 database from before they did may hold some, and one NUL would
	 * break the whole list for every client.
	 */
	static String xmlCharactersOnly(String text) {
		if (text.codePoints().allMatch(Open311Xml::allowed)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(Open311Xml::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** XML 1.0's {@code Char} production. */
	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
				|| c >= 0x10000 && c <= 0x10FFFF;
	}
}
