package id.aduan;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Aduan as an operating system process, started the way {@code java -jar} starts it ({@code main}
 * of {@link AduanApplication}) but from the build's classes and dependencies, with its own JVM, heap and
 * ports: what a crash test kills with SIGKILL and a soak loads. The test classes stay off its class
 * path, so it is the application alone. Output goes to a log file for when something goes wrong.
 */
public final class AduanProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final int managementPort;

	private final Path log;

	private AduanProcess(Process process, int port, int managementPort, Path log) {
		this.process = process;
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
	}

	/** Starts Aduan on {@code database} and waits until it is ready to serve (at most two minutes). */
	public static AduanProcess start(TestDatabase database, Path log, List<String> jvmOptions, String... settings)
			throws IOException, InterruptedException {
		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", applicationClassPath(), AduanApplication.class.getName(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--management.server.port=" + managementPort,
				"--management.server.address=127.0.0.1", "--aduan.accounts.first-run=false"));
		// The load comes from one loopback address standing in for many citizens; the per-client limits
		// would turn it away (they have their own tests).
		command.add("--aduan.rate-limit.enabled=false");
		if (database.home() == null) {
			command.addAll(database.settings());
		}
		command.addAll(List.of(settings));
		ProcessBuilder builder = new ProcessBuilder(command);
		if (database.home() != null) {
			builder.directory(database.home().toFile());
		}
		Process process = builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		AduanProcess aduan = new AduanProcess(process, port, managementPort, log);
		aduan.awaitReady(Duration.ofMinutes(2));
		return aduan;
	}

	private void awaitReady(Duration patience) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Aduan ended with " + process.exitValue() + " before it was ready; see " + log);
			}
			try {
				HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url("/readyz"))).build(),
						HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Aduan was not ready within " + patience + "; see " + log);
	}

	/** What a verb run as its own process printed, and its exit code. */
	public record Finished(int exitCode, String out, String err) {
	}

	/**
	 * Runs {@code java -jar aduan.jar ARGUMENTS} as its own process in {@code directory} (where the
	 * embedded default's {@code ./data} is), as an office's nightly job runs a verb, and waits for it.
	 */
	public static Finished command(Path directory, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
				AduanApplication.class.getName()));
		command.addAll(List.of(arguments));
		Path out = Files.createTempFile(directory, "out", ".txt");
		Path err = Files.createTempFile(directory, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The command " + arguments[0] + " did not end within 5 minutes");
		}
		return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** The classes and dependencies of the application, without the tests'. */
	private static String applicationClassPath() {
		String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(full.split(File.pathSeparator))
			.filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	public String managementUrl(String path) {
		return "http://127.0.0.1:" + managementPort + path;
	}

	public long pid() {
		return process.pid();
	}

	public Path log() {
		return log;
	}

	/** SIGKILL on Linux: no shutdown hook, no graceful stop, no last flush. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM: Aduan finishes its requests and stops. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failed) {
			throw new IllegalStateException(failed);
		}
	}
}
