package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds place names to lookup keys. Two strengths: {@link #plain} (case, accents, punctuation, a
 * leading "the", a possessive "'s") for country names, and {@link #gazetteer} which also drops Arabic
 * article variants ("al-", "ez-", the fused "Ezzor" of "ez-Zor") and collapses doubled letters so
 * that transliterations such as "Deir ez-Zor", "Deir Ezzor" and "Deir al-Zour" meet.
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʻ]");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  /** Arabic (and Romance, which fold the same way) article tokens, dropped inside a name. */
  private static final Set<String> ARTICLES = Set.of(
      "al", "el", "il", "ul", "ez", "az", "uz", "es", "as", "us", "ash", "esh", "ush", "ad", "ed", "ud",
      "adh", "edh", "at", "et", "ut", "ath", "eth", "ar", "er", "ur", "an", "en", "un");

  /** Sun letters after which the article assimilates ("az-Zawr" written "Azzawr"). */
  private static final Pattern FUSED_ARTICLE =
      Pattern.compile("^[aeu](sh|th|dh|[zdstrn])\\1(?=[a-z])");

  private NameKey() {}

  /** Articles written as a word of their own before a name ("el Mina"), unlike English words ("at", "as"). */
  private static final Set<String> SEPARATE_ARTICLES = Set.of("al", "el", "il", "ul", "ez", "az", "ash", "esh",
      "adh", "edh", "ath", "eth");

  /** Whether the word is an Arabic article written apart before a name: "al", "El", "ez". */
  static boolean isArticle(String word) {
    return SEPARATE_ARTICLES.contains(basic(word));
  }

  /** Whether the name starts with such an article followed by more words: "El Wak", "Ar Raqqah", "al-Bab". */
  static boolean startsWithArticle(String name) {
    String[] words = basic(name).split(" ");
    return words.length > 1 && ARTICLES.contains(words[0]);
  }

  /** Lower case, no accents, no apostrophes, other punctuation as single spaces. */
  static String basic(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ß', 's');
    s = s.toLowerCase(Locale.ROOT);
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
    return s;
  }

  /** Key for country names, aliases and demonyms: also drops a leading "the" and "'s". */
  static String plain(String name) {
    String s = POSSESSIVE.matcher(name.strip()).replaceFirst("");
    s = s.replace(".", "");
    s = basic(s);
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** Key for gazetteer names (see the class comment). Empty when nothing is left. */
  static String gazetteer(String name) {
    String[] words = basic(name).split(" ");
    StringBuilder out = new StringBuilder(name.length());
    int kept = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (words.length > 1 && i < words.length - 1 && ARTICLES.contains(w)) {
        continue;
      }
      if (kept > 0) {
        w = FUSED_ARTICLE.matcher(w).replaceFirst("$1");
      }
      if (kept > 0) {
        out.append(' ');
      }
      appendCollapsed(out, w);
      kept++;
    }
    return out.toString();
  }

  private static void appendCollapsed(StringBuilder out, String word) {
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != last || Character.isDigit(c)) {
        out.append(c);
      }
      last = c;
    }
  }

  /**
   * Whether two gazetteer keys are spellings of one name ("idleb" and "idlib", "chittagong" and
   * "chattogram") rather than different names ("kanu" for Cannes): an edit distance of at most a
   * third of the longer key.
   */
  static boolean sameNameSpelling(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int subst = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(subst, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] * 3 <= Math.max(a.length(), b.length());
  }
}
