package org.sitrep.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.output.Json;
import org.sitrep.store.IngestListener;
import org.sitrep.store.IngestReport;

/**
 * {@code POST /api/extract} (input record or text in, SPEC output record out; nothing stored) and
 * {@code POST /api/ingest} (input records into the store; the operator's token required).
 */
final class WriteHandlers {
  private final StoreAccess store;
  private final BearerAuth auth;
  private final int maxBody;

  WriteHandlers(StoreAccess store, BearerAuth auth, int maxBody) {
    this.store = store;
    this.auth = auth;
    this.maxBody = maxBody;
  }

  void extract(Context ctx) {
    List<ReadResult> records = Bodies.records(ctx, Bodies.read(ctx, maxBody), "request", true);
    if (records.size() != 1) {
      throw ApiProblem.badRequest("send one article to extract, got " + records.size());
    }
    if (records.get(0) instanceof ReadResult.Rejected r) {
      throw ApiProblem.badRequest(r.reason());
    }
    ExtractionResult result = store.extractor().extract(((ReadResult.Ok) records.get(0)).article());
    ctx.contentType("application/json").result(Json.line(result));
  }

  void ingest(Context ctx) {
    auth.requireWrite(ctx);
    List<ReadResult> records = Bodies.records(ctx, Bodies.read(ctx, maxBody), "http", false);
    List<IngestResultView.Problem> problems = new ArrayList<>();
    IngestReport report = store.ingest("http:" + ctx.ip(), records, new IngestListener() {
      @Override
      public void problem(String ref, String reason) {
        problems.add(new IngestResultView.Problem(ref, reason));
      }
    });
    ctx.json(IngestResultView.of(report, problems));
  }
}
