package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Input records as rows of {@link #SCHEMA}: the file (its qualified path), the 1-based line (JSONL) or row (Parquet), and
 * the record's raw bytes, which {@link BackfillRecords} reads with Sitrep's own JSONL record reader,
 * so both formats follow exactly the rules of {@code sitrep extract}. Inputs are files or folders on
 * any Hadoop file system; a folder stands for its files, sorted, recursively, hidden ones skipped.
 */
final class BackfillInput {
  static final StructType SCHEMA = new StructType()
      .add("input", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("record", DataTypes.BinaryType, true);

  private BackfillInput() {}

  /** The input format of a backfill. */
  enum Format { jsonl, parquet }

  /**
   * The records of the inputs, and each file's name as {@code sitrep extract} would give it (the
   * input as written, a folder's files under it), by the file's qualified path ({@link #key}).
   */
  record Records(Dataset<Row> rows, HashMap<String, String> names) {}

  static Records read(SparkSession spark, List<String> inputs, Format format) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    LinkedHashMap<Path, String> files = files(conf, inputs);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files in " + inputs);
    }
    HashMap<String, String> names = new HashMap<>();
    files.forEach((path, name) -> names.put(path.toString(), name));
    List<Path> paths = List.copyOf(files.keySet());
    return new Records(format == Format.jsonl ? jsonl(spark, paths) : parquet(spark, paths), names);
  }

  /** A file's key in {@link Records#names}, from a Hadoop path or Spark's URI of it. */
  static String key(String path) {
    try {
      return new Path(URI.create(path)).toString();
    } catch (IllegalArgumentException e) {
      return new Path(path).toString();
    }
  }

  /**
   * JSONL as raw lines: split at {@code \n} only (as {@code sitrep extract} does, so a lone
   * {@code \r} stays in the line), undecoded, each file read whole by one task so that line
   * numbers are exact; {@link SparkBackfill} then spreads the lines over partitions.
   */
  private static Dataset<Row> jsonl(SparkSession spark, List<Path> files) {
    Job job;
    try {
      job = Job.getInstance(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Configuration conf = job.getConfiguration();
    conf.set("textinputformat.record.delimiter", "\n");
    try {
      FileInputFormat.setInputPaths(job, files.toArray(Path[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(conf,
        WholeFileText.class, LongWritable.class, Text.class);
    JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(BackfillInput::numbered, true);
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Iterator<Row> numbered(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
    String input = ((FileSplit) split).getPath().toString();
    return new Iterator<>() {
      private long number;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        Text line = lines.next()._2();
        number++;
        return RowFactory.create(input, number, Arrays.copyOf(line.getBytes(), line.getLength()));
      }
    };
  }

  /**
   * Parquet rows with the SPEC's input columns, each turned into its JSON object (null columns
   * left out, as an absent field), so a wrongly typed or missing column is rejected as in JSONL.
   */
  private static Dataset<Row> parquet(SparkSession spark, List<Path> files) {
    Dataset<Row> table = spark.read().parquet(files.stream().map(Path::toString).toArray(String[]::new));
    Column[] columns = Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    return table.select(col("_metadata.file_path").as("input"), col("_metadata.row_index").plus(1).as("line"),
        to_json(struct(columns)).cast(DataTypes.BinaryType).as("record"));
  }

  /** The files of the inputs with their names, in input order, each folder's files sorted by path. */
  static LinkedHashMap<Path, String> files(Configuration conf, List<String> inputs) {
    LinkedHashMap<Path, String> files = new LinkedHashMap<>();
    try {
      for (String input : inputs) {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("no such input: " + input);
        }
        boolean glob = matches.length > 1 || !fs.makeQualified(path).equals(matches[0].getPath());
        for (FileStatus match : matches) {
          String name = glob ? match.getPath().toString() : input;
          if (match.isDirectory()) {
            String prefix = name.endsWith("/") ? name : name + "/";
            String dir = match.getPath().toString() + "/";
            for (Path file : folder(fs, match.getPath())) {
              files.put(file, prefix + file.toString().substring(dir.length()));
            }
          } else {
            files.put(match.getPath(), name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static List<Path> folder(FileSystem fs, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      if (!hidden(dir, p)) {
        files.add(p);
      }
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  /** A file or a folder under {@code dir} named with a leading dot or underscore (Spark's markers). */
  private static boolean hidden(Path dir, Path p) {
    for (Path q = p; q != null && !q.equals(dir); q = q.getParent()) {
      if (q.getName().startsWith(".") || q.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Text lines of whole files: one split per file, so each line's number is known as it is read. */
  public static final class WholeFileText extends TextInputFormat {
    @Override
    protected boolean isSplitable(JobContext context, Path file) {
      return false;
    }
  }
}
