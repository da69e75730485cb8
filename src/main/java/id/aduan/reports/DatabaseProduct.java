package id.aduan.reports;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Which database Aduan runs on, for the few counting queries that differ: PostgreSQL or H2. */
@Component
class DatabaseProduct {

	private final DataSource dataSource;

	private volatile Boolean postgres;

	DatabaseProduct(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	boolean isPostgres() {
		if (postgres == null) {
			try {
				postgres = "PostgreSQL".equalsIgnoreCase(
						JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException unknown) {
				postgres = false;
			}
		}
		return postgres;
	}
}
