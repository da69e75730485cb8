package id.aduan.reportaudit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A semester report of "Dinas Kesehatan Kota Contoh" written here, printed as a word processor
 * prints it: to a PDF with a running header, a page-number footer, justified paragraphs whose lines
 * wrap, and a list that runs over a page end. Where a wrap must fall (inside a number's words, inside
 * a date) the other spaces of the sentence are non-breaking, so the line can only break there.
 * <p>
 * Its mistakes, each made once: 240 written "dua ratus empat" in words, wrapped after "dua ratus";
 * "Rabu, 6 Juni 2025" (a Friday), wrapped before its year.
 */
final class PrintedReports {

	static final String OFFICE = "Dinas Kesehatan Kota Contoh";

	private PrintedReports() {
	}

	/** Spaces that cannot break a line. */
	static String together(String text) {
		return text.replace(' ', '\u00A0');
	}

	static String html() {
		return html(0, "secara resmi dan tercatat baik melalui semua saluran resmi dinas ",
				"secara terbuka dan daring melalui aplikasi rapat daring resmi pemerintah ");
	}

	static String html(int spacer, String beforeTotal, String beforeDate) {
		StringBuilder items = new StringBuilder();
		String[] channels = { "media sosial resmi Dinas Kesehatan Kota Contoh yang dikelola oleh Subbagian Umum dan Kepegawaian",
				"SP4N-LAPOR! yang diteruskan oleh Bagian Organisasi Sekretariat Daerah Kota Contoh kepada dinas",
				"surat elektronik yang dikirim ke alamat pengaduan resmi dinas dan dicatat oleh petugas piket",
				"layanan pesan singkat WhatsApp yang dibuka pada hari dan jam kerja bagi masyarakat umum",
				"kedatangan langsung ke ruang pelayanan terpadu di lantai satu kantor Dinas Kesehatan Kota Contoh" };
		int[] counts = { 96, 60, 36, 30, 18 };
		String[] words = { "sembilan puluh enam", "enam puluh", "tiga puluh enam", "tiga puluh", "delapan belas" };
		String[] shares = { "40,0", "25,0", "15,0", "12,5", "7,5" };
		for (int i = 0; i < counts.length; i++) {
			items.append("<li>").append(counts[i]).append(" (").append(words[i]).append(") atau ").append(shares[i])
				.append("% pengaduan diterima melalui ").append(channels[i]).append(i == counts.length - 1 ? "." : ";")
				.append("</li>\n");
		}
		String filler = "<p>Pengelolaan pengaduan dilaksanakan sesuai dengan Peraturan Presiden Nomor 76 Tahun 2013 tentang "
				+ "Pengelolaan Pengaduan Pelayanan Publik, dengan mencatat setiap pengaduan, memverifikasinya, "
				+ "meneruskannya kepada unit kerja yang berwenang, dan memantau tindak lanjutnya sampai selesai.</p>\n";
		return """
				<html><head><style>
				@page { size: A4; margin: 72pt 72pt 72pt 72pt;
				  @top-center { content: "Laporan Pengaduan Dinas Kesehatan Kota Contoh"; font-size: 9pt; }
				  @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-size: 9pt; } }
				body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.4; }
				p { text-align: justify; margin: 0 0 10pt 0; }
				h1 { font-size: 14pt; text-align: center; }
				li { text-align: left; }
				</style></head><body>
				<h1>LAPORAN PENGELOLAAN PENGADUAN<br/>DINAS KESEHATAN KOTA CONTOH<br/>PERIODE JANUARI SD JUNI 2025</h1>
				<p>1. GAMBARAN UMUM</p>
				FILLER FILLER FILLER
				<p>Pada periode Januari sampai dengan Juni 2025, Dinas Kesehatan Kota Contoh telah WRAPPED_TOTAL pengaduan dengan rincian sebagai berikut:</p>
				<div style="height: SPACERpt"></div>
				<ol>ITEMS</ol>
				<p>Rapat evaluasi pengelolaan pengaduan dilaksanakan WRAPPED_DATE di ruang rapat dinas.</p>
				<p>Ditetapkan di Kota Contoh<br/>Pada tanggal 7 Juli 2025</p>
				</body></html>
				""".replace("FILLER", filler)
			.replace("ITEMS", items)
			.replace("SPACER", String.valueOf(spacer))
			.replace("WRAPPED_TOTAL", beforeTotal + "menerima sebanyak 240 (dua ratus empat) yang seluruhnya dicatat")
			.replace("WRAPPED_DATE", beforeDate + "bersama seluruh unit kerja pada hari Rabu, 6 Juni 2025 pukul 09.00 WIT");
	}

	static byte[] pdf(String html) {
		try (InputStream font = PrintedReports.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf");
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			byte[] regular = font.readAllBytes();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFont(() -> new ByteArrayInputStream(regular), "Liberation Serif");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
