package id.aduan.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database Aduan runs on, for the few queries that differ: PostgreSQL (grouping sets, the
 * trigger-kept tally) or H2.
 */
@Component
public class DatabaseProduct {

	private final DataSource dataSource;

	private volatile Boolean postgres;

	DatabaseProduct(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public boolean isPostgres() {
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
