package id.aduan.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.system.CommandArguments;
import id.aduan.system.CommandMessages;

/**
 * {@code java -jar aduan.jar demo}: the demo office into the configured database, which must hold no
 * complaint. Exit 0 with what was put in; 2 when the register is not empty or the arguments are wrong.
 */
public final class DemoCommand {

	/** The same office every time: a newcomer's screenshots match the README's. */
	static final long SEED = 2023;

	private DemoCommand() {
	}

	public static int run(List<String> arguments, Function<List<String>, ConfigurableApplicationContext> application,
			PrintStream out, PrintStream err) {
		CommandMessages messages = CommandMessages.indonesian();
		CommandArguments command = CommandArguments.parse(arguments, Set.of(), Set.of());
		if (!command.unknown().isEmpty()) {
			err.println(messages.text("demo.cli.usage"));
			return 2;
		}
		try (ConfigurableApplicationContext context = application.apply(command.settings())) {
			DemoOffice.Filled filled = context.getBean(DemoOffice.class).fill(SEED);
			out.println(messages.text("demo.cli.done", filled.complaints(), filled.recaps(), filled.sessions()));
			return 0;
		}
		catch (DemoOffice.RegisterNotEmpty notEmpty) {
			err.println(messages.text("demo.cli.notEmpty"));
			return 2;
		}
		catch (RuntimeException failed) {
			err.println(messages.failure(failed));
			return 2;
		}
	}
}
