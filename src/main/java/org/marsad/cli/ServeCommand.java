package org.marsad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.pipeline.Pipelines;
import org.marsad.server.ApiServer;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over an HTTP JSON API (see docs/api.md; the OpenAPI document is at /openapi.json).",
                "POST /api/documents is off unless a token is given (--token or MARSAD_TOKEN)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (0 picks a free one; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token that enables POST /api/documents (default: $MARSAD_TOKEN).")
    String token;

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("marsad serve: --port must be between 0 and 65535");
            return Main.EXIT_USAGE;
        }
        String t = token != null ? token : System.getenv("MARSAD_TOKEN");
        Store s = store.open();
        ApiServer server = new ApiServer(s, Pipelines.standard().build(), t);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                s.close();
            } catch (java.io.IOException e) {
                System.err.println("marsad serve: " + e.getMessage());
            }
            stopped.countDown();
        }));
        int actual = server.start(host, port);
        spec.commandLine().getErr().printf("marsad serve: %d documents; listening on http://%s:%d/ (API at /api, OpenAPI at /openapi.json)%n",
                s.size(), host, actual);
        spec.commandLine().getErr().flush();
        stopped.await();
        return Main.EXIT_OK;
    }
}
