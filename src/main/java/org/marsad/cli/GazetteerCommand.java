package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad gazetteer}: manage the local GeoNames place index the linker uses beside its catalog. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the local GeoNames place index (in <data>/gazetteer) that linking uses beside the built-in catalog.",
        subcommands = {GazetteerImportCommand.class})
final class GazetteerCommand extends CommandGroup {
}
