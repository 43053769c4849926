package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The backfill job, for {@code spark-submit --class org.sitrep.spark.SparkBackfill}: reads articles,
 * extracts them on the executors and writes three Parquet tables under {@code --out}: {@code
 * articles/} (one row per record: its JSON result exactly as {@code sitrep extract} writes it, or
 * why it was rejected), {@code events/} (one row per event) and {@code mentions/} (the incidents'
 * link inputs per event). Rows keep {@code input} and {@code line}, the record's place in its input.
 */
@Command(name = "sitrep-spark-backfill", mixinStandardHelpOptions = true,
    description = "Extract events from articles on a Spark cluster into Parquet tables.")
public final class SparkBackfill implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "PATH",
      description = "Input files or folders on any Hadoop file system (may repeat).")
  List<String> in = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or parquet.")
  BackfillInput.Format format = BackfillInput.Format.jsonl;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Extraction tasks (default: 4 per core of the application).")
  Integer partitions;

  @Option(names = "--overwrite", description = "Replace the tables of an earlier run in --out.")
  boolean overwrite;

  /** What one run wrote. */
  public record Counts(long extracted, long failed, long rejected, long events) {}

  public static void main(String[] args) {
    int code = new CommandLine(new SparkBackfill()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSession.builder().appName("sitrep-backfill").getOrCreate();
    long start = System.nanoTime();
    Counts counts = run(spark, in, format, out, partitions, overwrite);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(java.util.Locale.ROOT, "sitrep-spark: %d extracted, %d failed, %d rejected, %d events -> %s"
        + " in %.1f s (%.2f articles/s, model loading included)%n", counts.extracted(), counts.failed(),
        counts.rejected(), counts.events(), out, seconds, (counts.extracted() + counts.failed()) / seconds);
    return 0;
  }

  /** Runs the backfill in {@code spark}; {@code partitions} may be null (4 per core). */
  public static Counts run(SparkSession spark, List<String> inputs, BackfillInput.Format format, String out,
      Integer partitions, boolean overwrite) {
    int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
    if (n < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1, got " + n);
    }
    BackfillInput.Records in = BackfillInput.read(spark, inputs, format);
    HashMap<String, String> names = in.names();
    JavaRDD<Row> rows = in.rows().repartition(n).javaRDD().mapPartitions(r -> BackfillRecords.extract(r, names));
    Dataset<Row> articles = spark.createDataFrame(rows, BackfillRecords.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      articles.drop("events", "mentions").sortWithinPartitions("input", "line")
          .write().mode(mode).parquet(out + "/articles");
      exploded(articles, "events").write().mode(mode).parquet(out + "/events");
      exploded(articles, "mentions").write().mode(mode).parquet(out + "/mentions");
      return counts(articles);
    } finally {
      articles.unpersist();
    }
  }

  /** One row per element of {@code column}, after its article's place and id. */
  private static Dataset<Row> exploded(Dataset<Row> articles, String column) {
    return articles.select(col("input"), col("line"), col("id").as("article_id"), posexplode(col(column)))
        .select(col("input"), col("line"), col("article_id"), col("col.*"))
        .sortWithinPartitions("input", "line", "ordinal");
  }

  private static Counts counts(Dataset<Row> articles) {
    long extracted = 0;
    long failed = 0;
    long rejected = 0;
    for (Row r : articles.groupBy("status").count().collectAsList()) {
      switch (BackfillRecords.Status.valueOf(r.getString(0))) {
        case extracted -> extracted = r.getLong(1);
        case failed -> failed = r.getLong(1);
        case rejected -> rejected = r.getLong(1);
      }
    }
    long events = articles.selectExpr("coalesce(sum(size(events)), 0)").first().getLong(0);
    return new Counts(extracted, failed, rejected, events);
  }
}
