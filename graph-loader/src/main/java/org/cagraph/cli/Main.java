package org.cagraph.cli;

import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: one final class per verb; other modules add theirs as {@link
 * Subcommands}.
 */
@Command(
    name = "kg",
    mixinStandardHelpOptions = true,
    // -h/--help on every verb (kg eval --help), not only on kg itself
    scope = CommandLine.ScopeType.INHERIT,
    version = "kg 0.1.0",
    description = "Central Asia actor graph: papers in, cited relations out, served from Neo4j.",
    subcommands = {
      UpCommand.class,
      ExtractCommand.class,
      LoadCommand.class,
      EvalCommand.class,
      SentencesCommand.class,
      ActorsCommand.class,
      ExportCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * NEO4J_* settings: the process environment, or a test's own map (environment variables cannot be
   * set in-process).
   */
  private final Map<String, String> env;

  private Main(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  Map<String, String> env() {
    return env;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  public static CommandLine commandLine(Map<String, String> env) {
    CommandLine cl = new CommandLine(new Main(env));
    for (Subcommands more : ServiceLoader.load(Subcommands.class, Main.class.getClassLoader())) {
      more.commands().forEach(cl::addSubcommand);
    }
    cl.addSubcommand(CommandLine.HelpCommand.class);
    cl.setCaseInsensitiveEnumValuesAllowed(
        true); // after the subcommands are added: it is set on those present
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr()
              .println(
                  "kg " + cmd.getCommandName() + ": " + Failures.oneLine(ex, cmd.getCommandName()));
          return Failures.exitCode(ex);
        });
    return cl;
  }

  /**
   * The libraries' log (CoreNLP, Neo4j, the Bolt driver: slf4j-simple on stderr) shows warnings
   * only unless this is given; it must be set before the first logger is made, which no command
   * does before its options are parsed.
   */
  @CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "also print the libraries' informational log lines (CoreNLP, Neo4j) on stderr")
  void verbose(boolean on) {
    if (on) {
      System.setProperty(LOG_LEVEL, "info");
    }
  }

  static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
