package io.github.lympha.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code lympha} command-line tool: validates, renders, lists and converts Lympha files, plans
 * protocols and evaluates families of variants.
 *
 * <p>Exit codes: {@value #OK} when all went well (and a validated protocol has no errors), {@value
 * #FINDINGS} when validation found errors or no protocol could be planned, {@value #UNREADABLE}
 * when an input cannot be read or the command line is wrong, {@value #INTERNAL} for a bug in
 * Lympha.
 */
@Command(
    name = "lympha",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Validates, renders, lists and converts manual lymphatic drainage (MLD) protocol files;"
          + " plans protocols for patients and evaluates families of variants.",
      "Lympha models protocols; it gives no medical advice."
    },
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      CatalogueCommand.class,
      ConvertCommand.class,
      PlanCommand.class,
      VariantsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all went well; a validated protocol has no errors",
      "1:validation found errors, or no protocol could be planned",
      "2:an input cannot be read, or the command line is wrong",
      "3:an internal error (a bug in Lympha; please report it)"
    })
public final class LymphaCli implements Runnable {
  /** All went well. */
  public static final int OK = 0;

  /** Validation found errors, or no protocol could be planned. */
  public static final int FINDINGS = 1;

  /** An input cannot be read, or the command line is wrong. */
  public static final int UNREADABLE = 2;

  /** An internal error: a bug in Lympha. */
  public static final int INTERNAL = 3;

  @Spec CommandSpec spec;

  /** What {@code -} reads: the process's standard input, or what a test or an embedder gives. */
  private final InputStream stdin;

  private LymphaCli(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The standard input of the run a command belongs to. */
  static InputStream stdin(CommandSpec command) {
    return ((LymphaCli) command.root().userObject()).stdin;
  }

  /** Whether that standard input is the process's own ({@code /dev/stdin}), not a test's stream. */
  static boolean stdinIsTheProcess(CommandSpec command) {
    return stdin(command) == System.in;
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the tool with these output streams and the process's standard input, and returns its exit
   * code; for tests and embedding.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(System.in, out, err, args);
  }

  /**
   * Runs the tool with these streams ({@code in} is what a file argument {@code -} reads) and
   * returns its exit code; for tests and embedding.
   */
  public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      code = commandLine(in, out, err).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "lympha: out of memory ("
              + e.getMessage()
              + "); the input or the sweep is too large for this JVM: narrow it, or give Java more"
              + " memory (JAVA_OPTS=-Xmx…)");
      err.flush();
      return INTERNAL;
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(err, e);
    }
    // PrintWriter swallows write errors (a full disk, a closed pipe); ask it once at the end, so
    // that a script never believes output was written when it was not.
    if (out.checkError()) {
      err.println(
          "lympha: cannot write to standard output: the write failed (disk full, or the reader"
              + " closed the pipe?); the output is incomplete");
      err.flush();
      return code == INTERNAL ? INTERNAL : UNREADABLE;
    }
    return code;
  }

  /** The system property that makes an internal error print its stack trace. */
  static final String DEBUG_PROPERTY = "lympha.debug";

  /**
   * Reports a bug in Lympha (or an exception of an unexpected kind) in one line, with exit code
   * {@value #INTERNAL}; {@code -Dlympha.debug=true} adds the stack trace.
   */
  static int internalError(PrintWriter err, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      err.println(
          "lympha: out of memory; the input or the sweep is too large for this JVM: narrow it, or"
              + " give Java more memory (JAVA_OPTS=-Xmx…)");
    } else {
      err.println(
          "lympha: internal error: "
              + e
              + "; this is a bug, please report it (-D"
              + DEBUG_PROPERTY
              + "=true shows where it happened)");
      if (Boolean.getBoolean(DEBUG_PROPERTY)) {
        e.printStackTrace(err);
      }
    }
    err.flush();
    return INTERNAL;
  }

  /** The configured command line, writing to these streams, reading the process's input. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(System.in, out, err);
  }

  /** The configured command line, reading {@code in} for {@code -} and writing to these streams. */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new LymphaCli(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine at = e.getCommandLine();
          at.getErr().println("lympha: " + e.getMessage());
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, at.getErr())) {
            at.getErr().println();
            at.usage(at.getErr());
          }
          at.getErr().flush();
          return UNREADABLE;
        });
    cli.setExecutionExceptionHandler((e, at, parsed) -> internalError(at.getErr(), e));
    return cli;
  }

  /** Without a command: says that one is needed, with the usage. */
  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command; for example: lympha validate leg.yaml");
  }

  /** Reads the version from the resource the build writes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = LymphaCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "lympha " + p.getProperty("version", "(development build)"),
        "Lympha models protocols; it gives no medical advice."
      };
    }
  }
}
