package id.aduan.coaching;

import id.aduan.accounts.Actor;
import id.aduan.accounts.Role;
import id.aduan.system.ActionRefused;

/**
 * Who may do what with sessions. The coordinator (Poksi Humas dan Protokol) organises coaching and
 * produces the office's paperwork, so only the coordinator creates and changes sessions, takes their
 * numbers and chooses their photos; every other member of staff, the head of office included, reads
 * them and downloads their documents.
 */
final class SessionPolicy {

	private SessionPolicy() {
	}

	static void mustManage(Actor actor) {
		if (actor.role() != Role.COORDINATOR) {
			throw new ActionRefused(ActionRefused.Reason.ROLE, "coaching.role");
		}
	}

	static boolean mayRead(Actor actor) {
		return actor.role().isStaff() && actor.role() != Role.ADMIN;
	}
}
