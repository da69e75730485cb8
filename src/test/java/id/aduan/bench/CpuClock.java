package id.aduan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (Aduan and the load generator) and by the PostgreSQL server listening on
 * {@code port} (its postmaster and backends, from /proc), so that a run can say how many milliseconds of
 * CPU one request costs, which does not depend on what else the machine is doing.
 */
final class CpuClock {

	private static final double TICK_MS = 10.0;

	private final int port;

	CpuClock(int port) {
		this.port = port;
	}

	/** CPU milliseconds so far: [this JVM, PostgreSQL]. */
	double[] now() {
		double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e6;
		return new double[] { jvm, postgres() };
	}

	private double postgres() {
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			List<Path> all = processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
			Long postmaster = null;
			for (Path process : all) {
				String command = read(process.resolve("cmdline")).replace('\0', ' ');
				if (command.contains("postgres") && command.contains("-p " + port)) {
					postmaster = Long.valueOf(process.getFileName().toString());
				}
			}
			if (postmaster == null) {
				return 0;
			}
			double ms = 0;
			for (Path process : all) {
				String[] stat = stat(process);
				if (stat != null && (process.getFileName().toString().equals(String.valueOf(postmaster))
						|| stat[3].equals(String.valueOf(postmaster)))) {
					ms += (Long.parseLong(stat[13]) + Long.parseLong(stat[14]) + Long.parseLong(stat[15])
							+ Long.parseLong(stat[16])) * TICK_MS;
				}
			}
			return ms;
		}
		catch (IOException | RuntimeException unavailable) {
			return 0;
		}
	}

	/** The fields of /proc/PID/stat, the command name (which may hold spaces) taken out. */
	private static String[] stat(Path process) {
		String text = read(process.resolve("stat"));
		int close = text.lastIndexOf(')');
		if (close < 0) {
			return null;
		}
		String[] rest = text.substring(close + 2).split(" ");
		String[] fields = new String[rest.length + 2];
		fields[0] = "pid";
		fields[1] = "comm";
		System.arraycopy(rest, 0, fields, 2, rest.length);
		return fields;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException | RuntimeException gone) {
			return "";
		}
	}
}
