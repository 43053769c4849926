package org.sitrep.article;

import java.util.Objects;

/**
 * Names one input: {@code ref} is how messages refer to it (the path as given, or {@code stdin});
 * {@code id} is the article id a single-document input gets (its file name without extension).
 */
public record InputRef(String ref, String id) {
  public InputRef {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(id, "id");
  }

  /** An input named by a file path: the id is the file name without its last extension. */
  public static InputRef ofPath(String path) {
    String name = path.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return new InputRef(path, id.isEmpty() ? path : id);
  }
}
