package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marsad} command. Exit codes: 0 success; 1 some inputs could not be analysed (the rest were);
 * 2 usage error; 3 the command itself failed.
 */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic-first news event intelligence: reads Arabic news and codes who did what to whom, where and when.",
        subcommands = {
                AnalyzeCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                GazetteerCommand.class,
                TrainCommand.class,
                EvalCommand.class,
                TagCommand.class,
                CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:some inputs could not be analysed (each is named on stderr); the rest were",
                "2:usage error",
                "3:the command failed"})
public final class Main extends CommandGroup {
    public static final int EXIT_OK = 0;
    public static final int EXIT_PARTIAL = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_FAILED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> EXIT_FAILED);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("marsad: " + e.getMessage());
            e.getCommandLine().getErr().println("See '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("marsad: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("MARSAD_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return EXIT_FAILED;
        });
        return cli;
    }

}
