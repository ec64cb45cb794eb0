package org.marsad.cli;

import picocli.CommandLine.Command;

/** Benchmarks that measure the figures quoted in the README and closing notes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures (medians over rounds, beside a baseline measured in the same run).",
        subcommands = {
                BenchCleanCommand.class,
                BenchExtractCommand.class,
                BenchNerCommand.class,
                BenchLinkCommand.class,
                BenchAnalyzeCommand.class,
                BenchIngestCommand.class,
                BenchSearchCommand.class})
final class BenchCommand extends CommandGroup {
}
