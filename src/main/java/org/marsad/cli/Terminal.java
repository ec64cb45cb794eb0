package org.marsad.cli;

/** Whether the process talks to a person at a terminal (progress bars are only drawn then). */
final class Terminal {
    private Terminal() {
    }

    static boolean isInteractive() {
        String forced = System.getenv("MARSAD_PROGRESS");
        if (forced != null) return !forced.equals("0");
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            // Console.isTerminal() exists from Java 22 on; this project builds for 21
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
