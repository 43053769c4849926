package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.http.ServeConfig;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the JSON API and the web page over the store, until interrupted. Reads are
 * open on loopback; {@code POST /api/ingest} needs the bearer token from {@code --token-file} or
 * {@code SITREP_TOKEN} (without one, ingest over HTTP is refused).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and the web page.")
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (loopback only).")
  String bind;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the bearer token that POST /api/ingest requires (else $SITREP_TOKEN).")
  Path tokenFile;

  @Option(names = "--open-reads", description = "Serve reads without the token even when bound beyond loopback.")
  boolean openReads;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "4194304",
      description = "Largest request body accepted. Default: ${DEFAULT-VALUE}.")
  int maxBody;

  @Override
  public Integer call() throws InterruptedException {
    ServeConfig config;
    StoreLocation location;
    try {
      config = new ServeConfig(bind, port, token(), openReads, maxBody);
      config.loopback();
      location = store.location();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return Serving.serveUntilInterrupted(location, config, spec.commandLine().getOut());
  }

  private String token() {
    if (tokenFile != null) {
      try {
        return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalArgumentException("--token-file: cannot read " + tokenFile + ": " + e.getMessage());
      }
    }
    String env = System.getenv("SITREP_TOKEN");
    return env == null || env.isBlank() ? null : env;
  }
}
