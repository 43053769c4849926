package org.sitrep.cli;

import org.sitrep.extract.Extractors;
import picocli.CommandLine;

/** Prints the pipeline version, which every output record also carries. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {Extractors.VERSION};
  }
}
