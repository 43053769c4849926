package org.sitrep.extract;

/** The standard extractor of this version, built once per process. */
public final class Extractors {
  public static final String VERSION = "sitrep-0.1.0";
  private static volatile Extractor standard;

  private Extractors() {}

  public static Extractor standard() {
    Extractor e = standard;
    if (e == null) {
      synchronized (Extractors.class) {
        e = standard;
        if (e == null) {
          e = RuleBasedExtractor.create();
          standard = e;
        }
      }
    }
    return e;
  }
}
