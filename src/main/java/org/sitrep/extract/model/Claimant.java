package org.sitrep.extract.model;

/** Who makes a claim; {@code type} is one of SPEC's claimant types. */
public record Claimant(String name, String type) {
  public static final Claimant UNATTRIBUTED = new Claimant("unattributed", "unattributed");
}
