package org.sitrep.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import java.util.Map;
import org.sitrep.output.Json;

/**
 * The Javalin application of {@code sitrep serve}: the JSON API under {@code /api}, its OpenAPI
 * description at {@code /api/openapi.json}, and the page (static files from {@code org/sitrep/web}).
 * Every answer carries a strict Content-Security-Policy: the page runs only its own scripts.
 */
public final class SitrepServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  private final Javalin app;

  private SitrepServer(Javalin app) {
    this.app = app;
  }

  /** The application, not started. */
  public static Javalin create(StoreAccess store, ServeConfig config, PrintStream log) {
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/sitrep/web";
        sf.location = Location.CLASSPATH;
        sf.headers = SECURITY_HEADERS;
      });
    });
    BearerAuth auth = new BearerAuth(config);
    IncidentHandlers incidents = new IncidentHandlers(store);
    ArticleHandler articles = new ArticleHandler(store);
    WriteHandlers writes = new WriteHandlers(store, auth, config.maxBodyBytes());
    app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
    app.before("/api/*", ctx -> {
      if (!ctx.method().name().equals("POST")) {
        auth.requireRead(ctx);
      }
    });
    app.get("/api/incidents", incidents::list);
    app.get("/api/incidents/{id}", incidents::one);
    app.get("/api/export", incidents::export);
    app.get("/api/types", incidents::types);
    app.get("/api/articles/{id}", articles::one);
    app.post("/api/extract", writes::extract);
    app.post("/api/ingest", writes::ingest);
    app.get("/api/openapi.json", SitrepServer::openApi);
    new ProblemMapper(log).install(app);
    return app;
  }

  /** Starts the application on the configured address ({@code port} 0: a free one). */
  public static SitrepServer start(StoreAccess store, ServeConfig config, PrintStream log) {
    Javalin app = create(store, config, log);
    app.start(config.bind(), config.port());
    return new SitrepServer(app);
  }

  public int port() {
    return app.port();
  }

  private static void openApi(Context ctx) {
    ctx.contentType("application/json").result(SitrepServer.class.getResourceAsStream("openapi.json"));
  }

  @Override
  public void close() {
    app.stop();
  }
}
