/**
 * Distributed backfill on Apache Spark: {@link org.sitrep.spark.SparkBackfill} reads articles (JSONL
 * or Parquet, any Hadoop-compatible path), runs the standard extractor in each executor (loaded once
 * per executor JVM) and writes Parquet tables of articles, events and the incidents' link inputs.
 * Spark is {@code provided}: the cluster brings it; the product jar and the CLI never load it.
 */
package org.sitrep.spark;
