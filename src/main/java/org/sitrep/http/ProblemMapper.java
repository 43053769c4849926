package org.sitrep.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sitrep.output.Json;

/**
 * The one place where failures become HTTP answers: every exception leaves as {@code
 * application/problem+json}. Refusals ({@link ApiProblem}, Javalin's validation and its own
 * responses) keep their status and message; anything else is a 500 whose detail names no internals
 * (the cause goes to the server's stderr).
 */
final class ProblemMapper {
  static final String PROBLEM_JSON = "application/problem+json";

  private final PrintStream log;

  ProblemMapper(PrintStream log) {
    this.log = log;
  }

  void install(Javalin app) {
    app.exception(Exception.class, this::handle);
    app.exception(ValidationException.class, this::handle);
    app.exception(HttpResponseException.class, this::handle);
    app.error(404, ctx -> {
      if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
        write(ctx, 404, "Not found", "no such resource: " + ctx.path(), null);
      }
    });
  }

  void handle(Exception e, Context ctx) {
    if (e instanceof ApiProblem p) {
      if (p.status() == 401) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
      }
      write(ctx, p.status(), p.title(), p.getMessage(), p.parameter());
    } else if (e instanceof ValidationException v) {
      Map.Entry<String, List<ValidationError<Object>>> first = v.getErrors().entrySet().iterator().next();
      String name = first.getKey();
      write(ctx, 400, "Bad parameter: " + name, name + ": " + first.getValue().get(0).getMessage(), name);
    } else if (e instanceof HttpResponseException h) {
      write(ctx, h.getStatus(), h.getMessage(), h.getMessage(), null);
    } else {
      log.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      e.printStackTrace(log);
      write(ctx, 500, "Internal error", "the server could not answer this request; its log says why", null);
    }
  }

  static void write(Context ctx, int status, String title, String detail, String parameter) {
    ProblemView p = new ProblemView("about:blank", title, status, detail, ctx.path(), parameter);
    ctx.status(status).contentType(PROBLEM_JSON).result(Json.line(p));
  }
}
