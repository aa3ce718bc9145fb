package io.github.lympha.reliability;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.AtomicWrite;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of {@link DataSafetyTest}: writes one file again and again, for ever, until it is
 * killed, saying on standard output when each write begins and ends.
 *
 * <ul>
 *   <li>{@code atomic FILE LINES}: version k of the file is LINES lines "k i …" and a last line
 *       "end k LINES", written slowly through {@link AtomicWrite#text(Path, AtomicWrite.Content)}.
 *   <li>{@code format FILE}: the catalogue's protocols in turn, through {@link
 *       ProtocolFormat#write(Object, Path)}.
 * </ul>
 */
public final class ChildWriter {
  private ChildWriter() {}

  /** The line {@code i} of version {@code k}. */
  static String line(long k, int i) {
    return k + " " + i + " " + "lymph".repeat(16) + "\n";
  }

  /** The last line of version {@code k}. */
  static String end(long k, int lines) {
    return "end " + k + " " + lines + "\n";
  }

  /** Runs a mode until killed. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path target = Path.of(args[1]);
    List<Protocol> protocols = Catalogue.all();
    for (long k = 1; ; k++) {
      System.out.println("begin " + k);
      System.out.flush();
      if (args[0].equals("atomic")) {
        int lines = Integer.parseInt(args[2]);
        long version = k;
        AtomicWrite.text(
            target,
            out -> {
              for (int i = 0; i < lines; i++) {
                out.write(line(version, i));
                if (i % 500 == 0) {
                  out.flush();
                  Thread.onSpinWait();
                }
              }
              out.write(end(version, lines));
            });
      } else {
        ProtocolFormat.yaml().write(protocols.get((int) (k % protocols.size())), target);
      }
      System.out.println("end " + k);
      System.out.flush();
    }
  }
}
