package org.sitrep.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Types the source of a claim from its phrase. An actor the dictionary knows gives its own type;
 * otherwise the words of {@code claimants.tsv} decide, the head (before the first preposition) first:
 * "a doctor at the hospital" -> medical. A mouthpiece word ("spokesman", "source") takes the type of
 * what it speaks for: "a spokesman for the Taliban" -> armed_group.
 */
final class ClaimantTyper {
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "for", "at", "in", "from", "with", "on", "to", "near", "inside", "within", "close");
  private static final int LONGEST = 4;

  private record Word(String type, boolean role) {}

  private final ActorDictionary dictionary;
  private final Map<String, Word> words = new HashMap<>();

  ClaimantTyper(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    String file = Lexicon.RESOURCES + "claimants.tsv";
    try (InputStream in = ClaimantTyper.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("phrase\t")).forEach(l -> {
        String[] f = l.split("\t", -1);
        words.put(key(f[0]), new Word(ClaimantType.of(f[1]).code(), f.length > 2 && f[2].strip().equals("yes")));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String typeOf(String phrase) {
    Optional<Actor> actor = dictionary.lookup(phrase);
    if (actor.isPresent()) {
      return actor.get().claimantType();
    }
    List<Unit> units = Unit.of(phrase);
    int prep = units.size();
    for (int k = 1; k < units.size(); k++) {
      if (PREPOSITIONS.contains(units.get(k).norm())) {
        prep = k;
        break;
      }
    }
    Word head = lastWord(units, 0, prep);
    if (head != null && !head.role()) {
      return head.type();
    }
    if (prep < units.size()) {
      String complement = phrase.substring(units.get(prep + Math.min(1, units.size() - prep - 1)).span().start());
      String inner = typeOf(complement);
      if (!inner.equals(ClaimantType.UNATTRIBUTED.code())) {
        return inner;
      }
    }
    return head != null ? head.type() : ClaimantType.UNATTRIBUTED.code();
  }

  /** The rightmost claimant word (longest phrase first) in units {@code [from, to)}. */
  private Word lastWord(List<Unit> units, int from, int to) {
    for (int end = to; end > from; end--) {
      for (int len = Math.min(LONGEST, end - from); len >= 1; len--) {
        Word w = words.get(Unit.key(units, end - len, end));
        if (w != null) {
          return w;
        }
      }
    }
    return null;
  }

  private static String key(String phrase) {
    List<Unit> units = Unit.of(phrase.strip());
    return Unit.key(units, 0, units.size());
  }
}
