package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.Analysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A list of lemma phrases with a value each (an event type, a cue category), loaded from a
 * tab-separated resource, matched against a sentence's lemmas: longest match first, multi-word
 * verb phrases may skip up to two determiners/adjectives/numbers ("took full control").
 */
public final class Lexicon {
  /** One phrase: its lemmas, the part of speech its head must have (V, N, A or *), its value. */
  public record Entry(List<String> lemmas, String pos, String value) {}

  /** A match: tokens {@code [first, end)}, the head token carrying the meaning, the entry. */
  public record Match(int first, int end, int head, Entry entry) {}

  private final Map<String, List<Entry>> byFirstLemma = new HashMap<>();

  private Lexicon(List<Entry> entries) {
    for (Entry e : entries) {
      byFirstLemma.computeIfAbsent(e.lemmas().get(0), k -> new ArrayList<>()).add(e);
    }
    byFirstLemma.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
  }

  /** Loads {@code phrase<TAB>[pos<TAB>]value} lines; '#' starts a comment. */
  public static Lexicon load(String resource, boolean withPos) {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource not found: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < (withPos ? 3 : 2)) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + (withPos ? 3 : 2) + " columns");
        }
        String phrase = f[0].trim().toLowerCase(Locale.ROOT);
        String pos = withPos ? f[1].trim() : "*";
        String value = f[withPos ? 2 : 1].trim();
        entries.add(new Entry(List.of(phrase.split("\\s+")), pos, value));
        if (phrase.matches(".*\\w-\\w.*")) {
          // the tokenizer splits hyphenated words ("shoot - out"): the phrase also matches so split
          entries.add(new Entry(List.of(phrase.replace("-", " - ").trim().split("\\s+")), pos, value));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(entries);
  }

  public static String lemma(Token t) {
    String l = t.lemma() == null ? t.word() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  /** Non-overlapping matches in a sentence, left to right, longest first. */
  public List<Match> matches(Analysis a, Sentence s) {
    return matches(a, s.firstToken(), s.endToken());
  }

  public List<Match> matches(Analysis a, int from, int to) {
    return matches(a.tokens(), from, to);
  }

  /** Matches in {@code tokens[from, to)}; the match indices are the list's. */
  public List<Match> matches(List<Token> tokens, int from, int to) {
    List<Match> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match m = matchAt(tokens, i, to);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The values of all matches in a token range; a phrase listed with several values gives them all. */
  public Set<String> values(Analysis a, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (Match m : matches(a, from, to)) {
      for (Entry e : byFirstLemma.get(m.entry().lemmas().get(0))) {
        if (e.lemmas().equals(m.entry().lemmas()) && e.pos().equals(m.entry().pos())) {
          out.add(e.value());
        }
      }
    }
    return out;
  }

  private Match matchAt(List<Token> tokens, int i, int to) {
    List<Entry> candidates = byFirstLemma.get(lemma(tokens.get(i)));
    if (candidates == null) {
      candidates = byFirstLemma.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    boolean asVerb = candidates == null && tokens.get(i).pos().startsWith("NN");
    if (asVerb) {
      // a verb form the tagger read as a noun, with a noun's lemma: only verb entries, by its first base form listed
      for (String base : verbBases(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        candidates = byFirstLemma.get(base);
        if (candidates != null) {
          break;
        }
      }
    }
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      if (asVerb && !e.pos().equals("V")) {
        continue;
      }
      int j = i + 1;
      int k = 1;
      int lastMatched = i;
      boolean ok = true;
      while (k < e.lemmas().size()) {
        if (j >= to) {
          ok = false;
          break;
        }
        Token t = tokens.get(j);
        if (lemma(t).equals(e.lemmas().get(k)) || t.word().toLowerCase(Locale.ROOT).equals(e.lemmas().get(k))) {
          lastMatched = j;
          k++;
          j++;
        } else if (e.pos().equals("V") && j - lastMatched <= 2 && skippable(t)) {
          j++;
        } else {
          ok = false;
          break;
        }
      }
      if (!ok) {
        continue;
      }
      int end = lastMatched + 1;
      int head = e.pos().equals("V") ? i : lastMatched;
      if (e.pos().equals("N") && e.lemmas().contains("-")) {
        // a split hyphenated noun is headed by its last noun token ("sit - in": "sit")
        while (head > i && !posFits(tokens.get(head), "N")) {
          head--;
        }
      }
      if (posFits(tokens.get(head), e.pos()) || e.pos().equals("V") && mistaggedVerb(tokens, head, end, to)) {
        return new Match(i, end, head, e);
      }
    }
    return null;
  }

  /**
   * Whether a verb the tagger read as a common noun is one by what follows it: an object's
   * determiner, number or pronoun ("officer shot a woman"), or "and" and a verb ("shot and
   * injured"). Headlines and notes without a final stop mislead the tagger so ("A police officer
   * shot and injured a woman"); a noun is seldom followed so.
   */
  private static boolean mistaggedVerb(List<Token> tokens, int head, int end, int to) {
    String pos = tokens.get(head).pos();
    if (!pos.equals("NN") && !pos.equals("NNS") || head == 0 || end >= to) {
      return false;
    }
    String before = tokens.get(head - 1).pos();
    if (before.equals("DT") || before.equals("PRP$") || before.equals("JJ") || before.equals("IN")) {
      return false; // "a shot", "his attack", "a deadly attack", "in attacks"
    }
    String next = tokens.get(end).pos();
    if (next.equals("DT") || next.equals("CD") || next.equals("PRP$") || next.equals("PRP")) {
      return true;
    }
    return next.equals("CC") && end + 1 < to && tokens.get(end + 1).pos().startsWith("VB");
  }

  /** Irregular past forms of violence verbs, for a verb the tagger read as a noun. */
  private static final Map<String, String> IRREGULAR = Map.of("shot", "shoot", "fought", "fight", "stole", "steal",
      "struck", "strike", "beaten", "beat", "stabbed", "stab", "hit", "hit");

  /** The base forms a verb form may have: an irregular one's, or with -d, -ed, -s or -es cut. */
  static List<String> verbBases(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return List.of(irregular);
    }
    List<String> out = new ArrayList<>(2);
    if (w.length() > 4 && w.endsWith("ed")) {
      out.add(w.substring(0, w.length() - 1));
      out.add(w.substring(0, w.length() - 2));
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      out.add(w.substring(0, w.length() - 1));
      if (w.endsWith("es")) {
        out.add(w.substring(0, w.length() - 2));
      }
    }
    return out;
  }

  private static boolean skippable(Token t) {
    return t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD") || t.pos().equals("PRP$")
        || t.pos().equals("RB") || t.pos().equals("PRP");
  }

  private static boolean posFits(Token t, String pos) {
    return switch (pos) {
      case "V" -> t.pos().startsWith("VB");
      case "N" -> t.pos().startsWith("NN") || t.pos().equals("VBG");
      case "A" -> t.pos().startsWith("JJ");
      default -> true;
    };
  }
}
