package id.aduan.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a command-line verb, split in two: the verb's own options ({@code --out FILE},
 * {@code --seal}) and Spring settings written {@code --name=value} ({@code --spring.profiles.active=postgres},
 * {@code --spring.datasource.url=...}), which go to the application unchanged so that a command
 * reaches the same database as the server would with the same settings.
 */
public record CommandArguments(Map<String, String> options, List<String> settings, List<String> unknown) {

	/** Splits {@code arguments}; {@code flags} take no value, {@code valued} take the next argument. */
	public static CommandArguments parse(List<String> arguments, Set<String> flags, Set<String> valued) {
		Map<String, String> options = new HashMap<>();
		List<String> settings = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String name = argument.startsWith("--") ? argument.substring(2) : null;
			if (name != null && name.contains("=")) {
				settings.add(argument);
			}
			else if (name != null && flags.contains(name)) {
				options.put(name, "");
			}
			else if (name != null && valued.contains(name) && i + 1 < arguments.size()) {
				options.put(name, arguments.get(++i));
			}
			else {
				unknown.add(argument);
			}
		}
		return new CommandArguments(Map.copyOf(options), List.copyOf(settings), List.copyOf(unknown));
	}

	public boolean has(String option) {
		return options.containsKey(option);
	}

	public Optional<String> value(String option) {
		return Optional.ofNullable(options.get(option));
	}
}
