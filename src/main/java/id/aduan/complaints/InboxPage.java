package id.aduan.complaints;

import java.util.List;

/** A page of the inbox with what paging needs. */
public record InboxPage(List<InboxRow> rows, int page, int size, long total) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}
