package org.marsad.cli;

import picocli.CommandLine.Command;

/** Scores the project's models on held-out data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a model on its test data.",
        subcommands = {EvalNerCommand.class, EvalPlacesCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
