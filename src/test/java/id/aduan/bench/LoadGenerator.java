package id.aduan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * A closed-loop load generator: {@code clients} threads, each sending its next request as soon as the
 * previous one is answered, until {@code maxRequests} requests were sent or {@code maxTime} has passed,
 * whichever comes first; it always stops by itself. Only loopback addresses are accepted. Latency is
 * measured per request, from just before sending to the whole answer received; the result gives
 * throughput and percentiles.
 *
 * <p>Each client is one kept-alive HTTP/1.1 connection on a plain socket, written and read in this
 * thread: the generator shares the machine's two cores with Aduan and its database, so it should cost
 * as little as a client can (the JDK's {@code HttpClient}, with its selector and worker threads, took
 * a sixth of this JVM's CPU in a profile). It speaks just enough HTTP for Aduan's answers:
 * {@code Content-Length} or chunked bodies, a new connection when the server closes one.
 */
public final class LoadGenerator {

	/** What one run measured. */
	public record Result(String name, int clients, long requests, long failures, double seconds, double perSecond,
			double p50, double p95, double p99, double max) {

		public String line() {
			return String.format(Locale.ROOT,
					"%-28s clients=%d requests=%d failures=%d time=%.1fs throughput=%.0f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.1fms",
					name, clients, requests, failures, seconds, perSecond, p50, p95, p99, max);
		}
	}

	/** One request: method, path, for a POST a JSON body, and extra header lines ("Name: value"). */
	public record Request(String method, String path, String json, List<String> headers) {

		public static Request get(String path) {
			return new Request("GET", path, null, List.of());
		}

		public static Request postJson(String path, String json) {
			return new Request("POST", path, json, List.of());
		}

		/** The same request with one more header. */
		public Request with(String name, String value) {
			List<String> more = new ArrayList<>(headers);
			more.add(name + ": " + value);
			return new Request(method, path, json, List.copyOf(more));
		}

		byte[] bytes(String host) {
			byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
			StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
				.append("Host: ").append(host).append("\r\n")
				.append("Accept: application/json\r\n");
			headers.forEach(header -> head.append(header).append("\r\n"));
			if (json != null) {
				head.append("Content-Type: application/json\r\n").append("Content-Length: ").append(body.length)
					.append("\r\n");
			}
			byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
			byte[] all = Arrays.copyOf(start, start.length + body.length);
			System.arraycopy(body, 0, all, start.length, body.length);
			return all;
		}
	}

	private final String host;

	private final int port;

	public LoadGenerator(String base) {
		URI uri = URI.create(base);
		String name = uri.getHost();
		if (!("localhost".equals(name) || name.startsWith("127.") || "[::1]".equals(name) || "::1".equals(name))) {
			throw new IllegalArgumentException("The load generator only targets loopback addresses: " + base);
		}
		this.host = name;
		this.port = uri.getPort();
	}

	/**
	 * Runs {@code request(n)} for n = 0, 1, 2, … from {@code clients} threads; {@code answered} sees every
	 * successful answer (status 2xx) with its n, e.g. to collect tracking codes.
	 */
	public Result run(String name, int clients, long maxRequests, Duration maxTime, LongFunction<Request> request,
			BiConsumer<Long, String> answered) throws InterruptedException {
		AtomicLong next = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		long deadline = System.nanoTime() + maxTime.toNanos();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			long[] mine = new long[(int) Math.min(Integer.MAX_VALUE - 8, maxRequests / clients + maxRequests % clients + 1)];
			latencies.add(mine);
			Thread thread = new Thread(() -> {
				int count = 0;
				Connection connection = null;
				try {
					while (System.nanoTime() < deadline && count < mine.length) {
						long n = next.getAndIncrement();
						if (n >= maxRequests) {
							break;
						}
						byte[] bytes = request.apply(n).bytes(host);
						long sent = System.nanoTime();
						try {
							if (connection == null) {
								connection = new Connection(host, port);
							}
							Answer answer = connection.exchange(bytes, answered != null);
							mine[count++] = System.nanoTime() - sent;
							if (answer.status() / 100 == 2) {
								if (answered != null) {
									answered.accept(n, answer.body());
								}
							}
							else {
								failures.incrementAndGet();
							}
							if (answer.closed()) {
								connection.close();
								connection = null;
							}
						}
						catch (IOException failed) {
							mine[count++] = System.nanoTime() - sent;
							failures.incrementAndGet();
							if (connection != null) {
								connection.close();
								connection = null;
							}
						}
					}
				}
				finally {
					if (connection != null) {
						connection.close();
					}
				}
				latencies.set(latencies.indexOf(mine), Arrays.copyOf(mine, count));
			}, name + "-" + c);
			threads.add(thread);
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join(maxTime.toMillis() + 60_000);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(all);
		return new Result(name, clients, all.length, failures.get(), seconds, all.length / seconds, ms(all, 0.50),
				ms(all, 0.95), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** A status, the body as text, and whether the server closes the connection after it. */
	record Answer(int status, String body, boolean closed) {
	}

	/** One kept-alive connection; not for several threads. Reads through its own buffer, byte by byte. */
	static final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		private final byte[] buffer = new byte[16 * 1024];

		private int position;

		private int limit;

		Connection(String host, int port) throws IOException {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(30_000);
			socket.connect(new InetSocketAddress(host, port), 5_000);
			out = socket.getOutputStream();
			in = socket.getInputStream();
		}

		/** Sends the request and reads the answer; its body is decoded only when {@code wantBody}. */
		Answer exchange(byte[] request, boolean wantBody) throws IOException {
			out.write(request);
			out.flush();
			String statusLine = line();
			if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
				throw new IOException("Not an HTTP answer: " + statusLine);
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean closed = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String field = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				switch (field) {
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> closed = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			ByteArrayOutputStream body = wantBody ? new ByteArrayOutputStream() : null;
			if (chunked) {
				for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
						size = Long.parseLong(line().split(";")[0].trim(), 16)) {
					take(size, body);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				take(length, body);
			}
			else {
				while (fill()) {
					take(limit - position, body);
				}
				closed = true;
			}
			return new Answer(status, body == null ? "" : body.toString(StandardCharsets.UTF_8), closed);
		}

		/** Reads more into the buffer when it is used up; false at the end of the stream. */
		private boolean fill() throws IOException {
			if (position < limit) {
				return true;
			}
			int read = in.read(buffer, 0, buffer.length);
			if (read < 0) {
				return false;
			}
			position = 0;
			limit = read;
			return true;
		}

		private void take(long size, ByteArrayOutputStream body) throws IOException {
			long left = size;
			while (left > 0) {
				if (!fill()) {
					throw new IOException("The connection closed in the middle of an answer");
				}
				int chunk = (int) Math.min(left, limit - position);
				if (body != null) {
					body.write(buffer, position, chunk);
				}
				position += chunk;
				left -= chunk;
			}
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			while (true) {
				if (!fill()) {
					throw new IOException("The connection closed");
				}
				int start = position;
				while (position < limit && buffer[position] != '\n') {
					position++;
				}
				int end = position;
				line.append(new String(buffer, start, end - start, StandardCharsets.ISO_8859_1));
				if (position < limit) {
					position++;
					int length = line.length();
					return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1)
							: line.toString();
				}
			}
		}

		void close() {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
		}
	}
}
