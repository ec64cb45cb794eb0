package org.marsad.cli;

import picocli.CommandLine.Command;

/** Trains the project's models from ../shared/data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from ../shared/data.",
        subcommands = {TrainNerCommand.class, TrainEventsCommand.class})
final class TrainCommand extends CommandGroup {
}
