package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval}: evaluation commands (places). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a stage on the project's gold sets.",
        subcommands = {EvalPlacesCommand.class})
final class EvalPlacesRoot implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
