package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.article.Article;
import org.sitrep.article.JsonlReader;
import org.sitrep.article.LazyIterators;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.BatchExtractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.model.ExtractionResult;
import org.sitrep.output.Json;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One output row per input record ({@link #SCHEMA}): read by the JSONL record reader, extracted by
 * the standard extractor (built once per executor JVM by {@link Extractors#standard()}, shared by
 * the executor's tasks) and written as {@code sitrep extract} writes it, with the events' columns
 * ({@link EventColumns}) and the incidents' link inputs ({@link MentionColumns}) beside it.
 */
final class BackfillRecords {
  static final StructType SCHEMA = new StructType()
      .add("input", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("ref", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, true)
      .add("status", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, true)
      .add("result", DataTypes.StringType, true)
      .add("events", new ArrayType(EventColumns.SCHEMA, false), false)
      .add("mentions", new ArrayType(MentionColumns.SCHEMA, false), false);

  /** What became of a record: extracted; read but failed in extraction; rejected by the reader. */
  enum Status { extracted, failed, rejected }

  private static final JsonlReader READER = new JsonlReader();

  private BackfillRecords() {}

  /**
   * The rows of one partition, lazily, one record at a time; {@code names} gives each input file
   * the name {@code sitrep extract} would know it by ({@link BackfillInput.Records}).
   */
  static Iterator<Row> extract(Iterator<Row> records, Map<String, String> names) {
    BatchExtractor extractor = new BatchExtractor(Extractors.standard(), 1);
    return LazyIterators.mapNonNull(records, r -> row(extractor, r, names));
  }

  /** The output row of one input row, or null for a blank line. */
  private static Row row(BatchExtractor extractor, Row in, Map<String, String> names) {
    String file = BackfillInput.key(in.getString(0));
    String input = names.getOrDefault(file, file);
    long line = in.getLong(1);
    byte[] bytes = in.isNullAt(2) ? new byte[0] : (byte[]) in.get(2);
    Optional<ReadResult> read = READER.readLine(input + ":" + line, bytes, bytes.length);
    if (read.isEmpty()) {
      return null;
    }
    if (read.get() instanceof ReadResult.Rejected rejected) {
      return RowFactory.create(input, line, rejected.ref(), null, Status.rejected.name(), rejected.reason(), null,
          seq(List.of()), seq(List.of()));
    }
    ReadResult.Ok ok = (ReadResult.Ok) read.get();
    Article article = ok.article();
    BatchExtractor.Outcome outcome = extractor.outcome(article);
    ExtractionResult result = BatchExtractor.result(outcome, ok.warnings());
    List<Row> events = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (int i = 0; i < result.events().size(); i++) {
      events.add(EventColumns.row(i, result.events().get(i)));
      mentions.add(MentionColumns.row(i, result.events().get(i), article));
    }
    boolean failed = outcome instanceof BatchExtractor.Failure;
    return RowFactory.create(input, line, input + ":" + line, article.id(), (failed ? Status.failed : Status.extracted).name(),
        failed ? ((BatchExtractor.Failure) outcome).reason() : null, Json.line(result), seq(events), seq(mentions));
  }

  /** An array column's value: Spark's row encoder takes Scala sequences. */
  static <T> Seq<T> seq(List<T> values) {
    return CollectionConverters.asScala(values).toSeq();
  }
}
