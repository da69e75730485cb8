package id.aduan.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.DatabaseTime;

@Repository
class DocumentKinds {

	private static final RowMapper<DocumentKind> KIND = (rs, row) -> new DocumentKind(rs.getString("code"),
			rs.getString("name"), rs.getString("classification_code"), DatabaseTime.instant(rs, "updated_at"),
			rs.getString("updated_by"));

	private final JdbcClient jdbc;

	DocumentKinds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DocumentKind> all() {
		return jdbc.sql("select * from document_kind order by sort_order, code").query(KIND).list();
	}

	Optional<DocumentKind> byCode(String code) {
		return jdbc.sql("select * from document_kind where code = ?").param(code).query(KIND).optional();
	}

	void changeClassification(String code, String classificationCode, Instant at, String by) {
		jdbc.sql("update document_kind set classification_code = ?, updated_at = ?, updated_by = ? where code = ?")
			.params(classificationCode, DatabaseTime.of(at), by, code)
			.update();
	}
}
