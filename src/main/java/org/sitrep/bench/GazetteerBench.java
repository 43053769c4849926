package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.article.Article;
import org.sitrep.geo.Gazetteer;

/**
 * The gazetteer's own figures: the time to load its index from the classpath, and the time of each
 * lookup over a real workload, every run of one to three capitalised words in the articles (the
 * names the place finder looks up), timed warm (after one untimed pass).
 */
public final class GazetteerBench {
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}");

  /** Index load time and per-lookup mean and maximum. */
  public record Result(double loadMs, int lookups, double meanMicros, double maxMicros) {
    public String row() {
      return String.format(Locale.ROOT, "gazetteer: index load %.0f ms; %d lookups: mean %.1f us, max %.1f us%n",
          loadMs, lookups, meanMicros, maxMicros);
    }
  }

  private GazetteerBench() {}

  public static Result run(List<Article> articles, LongSupplier clock) {
    long t0 = clock.getAsLong();
    Gazetteer g = Gazetteer.loadUncached();
    double loadMs = (clock.getAsLong() - t0) / 1e6;
    List<String> names = names(articles);
    names.forEach(g::lookup);
    long total = 0;
    long max = 0;
    for (String name : names) {
      long s = clock.getAsLong();
      g.lookup(name);
      long d = clock.getAsLong() - s;
      total += d;
      max = Math.max(max, d);
    }
    double mean = names.isEmpty() ? 0 : total / 1e3 / names.size();
    return new Result(loadMs, names.size(), mean, max / 1e3);
  }

  /** Every run of one to three capitalised words, and each of its prefixes, in article order. */
  static List<String> names(List<Article> articles) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      Matcher m = CAPITALISED_RUN.matcher(a.text());
      while (m.find()) {
        String[] words = m.group().split("\\s+");
        for (int n = 1; n <= words.length; n++) {
          out.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
        }
      }
    }
    return out;
  }
}
