package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval}: evaluations that print the quality figures quoted in the README. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality against annotated data and print the figures.",
        subcommands = {EvalEventsCommand.class})
final class EvalEventsGroup implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
