package dev.crmcards.cli;

import dev.crmcards.cli.deploy.Sleeper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code crmcards} command: its subcommands do the work. */
@Command(
    name = "crmcards",
    mixinStandardHelpOptions = true,
    versionProvider = CrmCardsCli.Version.class,
    description = "Check, preview, deploy and migrate HubSpot CRM cards, and turn them into app cards.",
    subcommands = {
      CheckCommand.class,
      PreviewCommand.class,
      DeployCommand.class,
      MigrateCommand.class,
      AppCommand.class,
      MigrateViewsCommand.class,
      SignCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CrmCardsCli implements Runnable {
  private final Map<String, String> environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final Sleeper sleeper;

  @Spec CommandSpec spec;

  CrmCardsCli(Map<String, String> environment, PrintWriter out, PrintWriter err, Clock clock, Sleeper sleeper) {
    this.environment = Map.copyOf(environment);
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, System.getenv(), out, err));
  }

  /**
   * Runs a command line.
   *
   * @param environment the environment variables the commands read (credentials, secrets)
   * @return the exit code: 0 success, 1 problems found or refused by HubSpot, 2 usage or I/O
   *     error
   */
  public static int execute(
      String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    return execute(args, environment, out, err, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * Runs a command line with the time read from {@code clock} and the waits between attempts to
   * reach HubSpot's API made by {@code sleeper}, as tests want them.
   */
  public static int execute(
      String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err, Clock clock,
      Sleeper sleeper) {
    CommandLine commandLine = new CommandLine(new CrmCardsCli(environment, out, err, clock, sleeper));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // An argument is what it says: sign's --data '@...' is a body, not a file of more arguments.
    commandLine.setExpandAtFiles(false);
    commandLine.setParameterExceptionHandler(CrmCardsCli::refuseArguments);
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          if (exception instanceof UsageException) {
            err.println("crmcards " + command.getCommandName() + ": " + exception.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
          }
          throw exception;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * picocli's answer to arguments it cannot take, except that a mistyped option's value is not
   * repeated: {@code --secrett=...} would otherwise print the secret it was given.
   */
  private static int refuseArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      for (String argument : unmatched.getUnmatched()) {
        int equals = argument.indexOf('=');
        if (argument.startsWith("-") && equals > 0) {
          message = message.replace(argument, argument.substring(0, equals + 1) + "...");
        }
      }
    }
    err.println(message);
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      command.usage(err);
    }
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  Map<String, String> environment() {
    return environment;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** The time HubSpot's requests are signed at and its answers are read against. */
  Clock clock() {
    return clock;
  }

  /** How to wait between attempts to reach HubSpot's API. */
  Sleeper sleeper() {
    return sleeper;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CrmCardsCli.class.getPackage().getImplementationVersion();
      return new String[] {"crmcards " + (version == null ? "(development build)" : version)};
    }
  }
}
