package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common nouns that name people ("shopkeeper", "teacher", "driver"): the animate nouns of the
 * animacy lists Stanford CoreNLP ships in its models jar for coreference ({@value #RESOURCE}, Ji and
 * Lin's web-derived list; GPL, like CoreNLP), lower-case entries only (the capitalised ones are
 * names). Loaded once, on first use; immutable.
 */
final class PersonNouns {
  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  private PersonNouns() {}

  /** Whether a lemma is a common noun for a person or people. */
  static boolean contains(String lemma) {
    return Holder.NOUNS.contains(lemma);
  }

  private static final class Holder {
    static final Set<String> NOUNS = load();

    private static Set<String> load() {
      try (InputStream in = PersonNouns.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("CoreNLP's animacy list " + RESOURCE + " is not on the class path");
        }
        Set<String> nouns = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          String w = line.strip();
          if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
            nouns.add(w);
          }
        }
        return Set.copyOf(nouns);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
