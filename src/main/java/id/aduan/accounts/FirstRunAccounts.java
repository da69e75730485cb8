package id.aduan.accounts;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import id.aduan.catalog.Catalog;
import id.aduan.catalog.WorkUnit;

/**
 * On the very first start (no account at all), creates one account per role so the office can try
 * Aduan at once, and prints their one-time passwords. Each must be changed at its first login.
 * Does nothing once any account exists, and nothing when {@code aduan.accounts.first-run=false}.
 */
@Component
class FirstRunAccounts {

	private static final Logger log = LoggerFactory.getLogger(FirstRunAccounts.class);

	private record Seat(String username, String displayName, Role role, String unitCode) {
	}

	private static final List<Seat> SEATS = List.of(
			new Seat("admin", "Administrator Aduan", Role.ADMIN, null),
			new Seat("koordinator", "Koordinator Poksi Humas dan Protokol", Role.COORDINATOR, "HUMAS"),
			new Seat("helpdesk", "Petugas Help Desk PPID", Role.HELPDESK, "HUMAS"),
			new Seat("kepala", "Kepala Dinas Sosial", Role.HEAD, "DINSOS"),
			new Seat("petugas.linjamsos", "Petugas Bidang Perlindungan dan Jaminan Sosial", Role.UNIT_OFFICER, "LINJAMSOS"),
			new Seat("petugas.rehsos", "Petugas Bidang Rehabilitasi Sosial", Role.UNIT_OFFICER, "REHSOS"),
			new Seat("petugas.dayasos", "Petugas Bidang Pemberdayaan Sosial", Role.UNIT_OFFICER, "DAYASOS"),
			new Seat("petugas.pfm", "Petugas Bidang Penanganan Fakir Miskin", Role.UNIT_OFFICER, "PFM"));

	private final AccountManagement accounts;

	private final Catalog catalog;

	private final Environment environment;

	FirstRunAccounts(AccountManagement accounts, Catalog catalog, Environment environment) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createWhenNoneExist() {
		if (!environment.getProperty("aduan.accounts.first-run", Boolean.class, true) || accounts.count() > 0) {
			return;
		}
		List<AccountManagement.OneTimeLogin> logins = new ArrayList<>();
		for (Seat seat : SEATS) {
			Long unitId = seat.unitCode() == null ? null
					: catalog.unitByCode(seat.unitCode()).map(WorkUnit::id).orElse(null);
			if (seat.role() == Role.UNIT_OFFICER && unitId == null) {
				continue;
			}
			logins.add(accounts.create(new AccountManagement.AccountDraft(seat.username(), seat.displayName(), null,
					seat.role(), unitId, true)));
		}
		print(logins, System.out);
		log.info("Akun awal dibuat: {}", logins.size());
	}

	private void print(List<AccountManagement.OneTimeLogin> logins, PrintStream out) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder text = new StringBuilder();
		text.append("\n").append("=".repeat(78)).append("\n");
		text.append(" Aduan siap di http://localhost:").append(port).append("/\n");
		text.append(" Akun awal (kata sandi sekali pakai, wajib diganti pada saat masuk pertama):\n\n");
		for (AccountManagement.OneTimeLogin login : logins) {
			text.append(String.format("   %-20s %-16s %s%n", login.account().username(), login.password(),
					login.account().displayName()));
		}
		text.append("\n Simpan daftar ini: kata sandi tidak ditampilkan lagi.\n");
		text.append("=".repeat(78)).append("\n");
		out.print(text);
		out.flush();
	}
}
