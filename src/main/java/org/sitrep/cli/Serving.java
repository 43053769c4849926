package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.extract.Extractors;
import org.sitrep.http.ServeConfig;
import org.sitrep.http.SitrepServer;
import org.sitrep.http.StoreAccess;
import org.sitrep.store.JdbcIncidentRepository;
import org.sitrep.store.StoreLocation;

/** Runs the server over a store until the process is interrupted (shared by serve and demo). */
final class Serving {
  private Serving() {}

  static int serveUntilInterrupted(StoreLocation location, ServeConfig config, PrintWriter out)
      throws InterruptedException {
    StoreAccess store = new StoreAccess(() -> JdbcIncidentRepository.open(location), Extractors::standard);
    SitrepServer server = SitrepServer.start(store, config, System.err);
    AtomicBoolean closed = new AtomicBoolean();
    Runnable stop = () -> {
      if (closed.compareAndSet(false, true)) {
        server.close();
        store.close();
      }
    };
    Thread hook = new Thread(stop, "sitrep-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
    out.printf("Sitrep is serving %s at http://%s:%d/ (API: /api/incidents, /api/openapi.json; Ctrl-C stops)%n",
        location.display(), host, server.port());
    if (!config.readsOpen()) {
      out.println("Reads need the bearer token (bound beyond loopback; --open-reads opens them).");
    } else if (!config.loopback()) {
      out.println("Warning: reads are open to the network (--open-reads).");
    }
    if (config.token() == null) {
      out.println("Ingest over HTTP is off (no --token-file or SITREP_TOKEN).");
    }
    out.flush();
    try {
      new CountDownLatch(1).await();
    } finally {
      // interrupted (an embedding caller or a test stops it): stop now rather than at exit
      stop.run();
      removeHook(hook);
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs (and finds the server closed)
    }
  }

  /** {@code preferred}, or the next free port after it on {@code bind} (up to 20 tries), else any free port. */
  static int freePort(String bind, int preferred) {
    for (int p = preferred; p < preferred + 20 && p <= 65_535; p++) {
      try (ServerSocket s = new ServerSocket()) {
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getByName(bind), p));
        return p;
      } catch (IOException e) {
        // taken: try the next one
      }
    }
    return 0;
  }
}
