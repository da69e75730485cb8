package id.aduan.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.RecordRowMapper;

/** The flat reference lists; the table name comes from {@link ReferenceList}, never from input. */
@Repository
class ReferenceItems {

	private final JdbcClient jdbc;

	private final CatalogCache cache;

	ReferenceItems(JdbcClient jdbc, CatalogCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	List<ReferenceItem> all(ReferenceList list) {
		return jdbc.sql("select id, code, name, description, active, sort_order, sentence_form, contact from " + list.table()
				+ " order by sort_order, name")
			.query(RecordRowMapper.of(ReferenceItem.class))
			.list();
	}

	/** The public address of each channel that has one, by channel id. */
	Map<Long, String> channelAddresses() {
		Map<Long, String> addresses = new LinkedHashMap<>();
		jdbc.sql("select id, public_address from channel where public_address is not null order by sort_order")
			.query((rs, row) -> addresses.put(rs.getLong("id"), rs.getString("public_address")))
			.list();
		return addresses;
	}

	/** Sets the link the front page makes of a channel; null for a channel without one. */
	void setChannelAddress(long channelId, String address) {
		cache.changed();
		jdbc.sql("update channel set public_address = ? where id = ?").params(address, channelId).update();
	}

	Optional<ReferenceItem> byId(ReferenceList list, long id) {
		return jdbc.sql("select id, code, name, description, active, sort_order, sentence_form, contact from " + list.table() + " where id = ?")
			.param(id)
			.query(RecordRowMapper.of(ReferenceItem.class))
			.optional();
	}

	Optional<ReferenceItem> byCode(ReferenceList list, String code) {
		return jdbc
			.sql("select id, code, name, description, active, sort_order, sentence_form, contact from " + list.table() + " where code = ?")
			.param(code)
			.query(RecordRowMapper.of(ReferenceItem.class))
			.optional();
	}

	long add(ReferenceList list, String code, String name, String description, int sortOrder, String sentenceForm,
			String contact) {
		cache.changed();
		jdbc.sql("insert into " + list.table()
				+ " (code, name, description, active, sort_order, sentence_form, contact) values (?, ?, ?, true, ?, ?, ?)")
			.params(code, name, description, sortOrder, sentenceForm, contact)
			.update();
		return byCode(list, code).orElseThrow().id();
	}

	void update(ReferenceList list, long id, String name, String description, boolean active, int sortOrder,
			String sentenceForm, String contact) {
		cache.changed();
		jdbc.sql("update " + list.table()
				+ " set name = ?, description = ?, active = ?, sort_order = ?, sentence_form = ?, contact = ? where id = ?")
			.params(name, description, active, sortOrder, sentenceForm, contact, id)
			.update();
	}
}
