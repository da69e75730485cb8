package id.aduan.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.aduan.system.RecordRowMapper;

/** The single row of the office's profile. */
@Repository
class OfficeProfiles {

	private final JdbcClient jdbc;

	private final CatalogCache cache;

	OfficeProfiles(JdbcClient jdbc, CatalogCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	OfficeProfile current() {
		return jdbc.sql("""
				select government_name, office_name, full_name, address, city, postal_code, phone, email, website,
				       head_name, head_title, head_nip, time_zone, head_rank
				from office_profile where id = 1""").query(RecordRowMapper.of(OfficeProfile.class)).single();
	}

	void save(OfficeProfile p) {
		cache.changed();
		jdbc.sql("""
				update office_profile set government_name = ?, office_name = ?, full_name = ?, address = ?, city = ?,
				       postal_code = ?, phone = ?, email = ?, website = ?, head_name = ?, head_title = ?, head_nip = ?,
				       time_zone = ?, head_rank = ?
				where id = 1""")
			.params(p.governmentName(), p.officeName(), p.fullName(), p.address(), p.city(), p.postalCode(), p.phone(),
					p.email(), p.website(), p.headName(), p.headTitle(), p.headNip(), p.timeZone(), p.headRank())
			.update();
	}
}
