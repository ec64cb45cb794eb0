package org.marsad.cli;

import picocli.CommandLine.Command;

/** Scores the project's models on held-out data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality against annotated data (NER test split, place and event gold sets) and print the figures.",
        subcommands = {EvalNerCommand.class, EvalPlacesCommand.class, EvalEventsCommand.class})
final class EvalCommand extends CommandGroup {
}
