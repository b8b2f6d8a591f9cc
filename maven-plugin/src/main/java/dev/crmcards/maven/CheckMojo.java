package dev.crmcards.maven;

import dev.crmcards.cli.ClientSecret;
import dev.crmcards.cli.UsageException;
import dev.crmcards.cli.check.CheckOptionNames;
import dev.crmcards.cli.check.CheckRun;
import dev.crmcards.cli.check.ClientFilter;
import dev.crmcards.cli.request.SignatureChoice;
import dev.crmcards.cli.request.Signer;
import dev.crmcards.rules.problem.Problem;
import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Plays HubSpot against a running card server, as {@code crmcards-cli check} does: sends the
 * signed data fetch a user opening a record causes, signed for the card's {@code targetUrl} as
 * HubSpot signs it (or, with {@code localProxy}, for the URL called, as {@code hs project dev}'s
 * local proxy does), and checks the answer against the rules of the clients that read it. A
 * problem fails the build.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /**
   * Where an earlier version took the secret itself. Given with {@code -D} (a system property in
   * Maven 3) it is refused rather than silently ignored; a POM property of that name is not seen.
   */
  static final String OLD_SECRET_PROPERTY = "crmcards.secret";

  /** Where the module's card definitions are. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  File classesDirectory;

  /** Which card to check when the module has several (its definition's file name). */
  @Parameter(property = "crmcards.card")
  String card;

  /** The card server: where to send the data fetch, e.g. {@code http://127.0.0.1:8080/demo-fetch}. */
  @Parameter(property = "crmcards.url", required = true)
  String url;

  /**
   * The environment variable that holds the app's client secret to sign with. The secret itself is
   * no parameter: {@code mvn -X} prints every parameter's value.
   */
  @Parameter(property = "crmcards.secretVariable", defaultValue = ClientSecret.VARIABLE)
  String secretVariable;

  /** Where {@link #secretVariable} is looked up; the process's environment but in tests. */
  Map<String, String> environment = System.getenv();

  /** The record type to play: contacts, companies, deals or tickets; by default the card's first. */
  @Parameter(property = "crmcards.objectType")
  String objectType;

  /** Record values to send instead of the samples. */
  @Parameter
  Map<String, String> properties;

  /** Which signatures to send: v2, v3 or both. */
  @Parameter(property = "crmcards.signature", defaultValue = "both")
  String signature;

  /** Sign as {@code hs project dev}'s local proxy does: for the URL called, exactly as sent. */
  @Parameter(property = "crmcards.localProxy", defaultValue = "false")
  boolean localProxy;

  /** Report only these clients' problems (legacy, converter, old-converter, cards-api, hubspot-fetch, app-card, or all); default: an app card's clients. */
  @Parameter(property = "crmcards.clients")
  List<String> clients;

  @Override
  public void execute() throws MojoFailureException {
    requireValues();
    CheckRun.Report report;
    try {
      report =
          CheckRun.run(
              new CheckRun.Options(
                  classesDirectory.toPath(), card, url, ClientSecret.fromVariable(secretVariable, environment, "<secretVariable>"),
                  objectType, properties == null ? Map.of() : properties, signatures(),
                  localProxy ? Signer.LOCAL_PROXY : Signer.HUBSPOT,
                  ClientFilter.parse(clients, CheckOptionNames.MAVEN.client()), CheckOptionNames.MAVEN),
              Clock.systemUTC());
    } catch (UsageException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    report.failures().forEach(p -> getLog().error(p.toString()));
    report.notes().forEach(p -> getLog().info(p.toString()));
    getLog().info(report.summary());
    report.hint().ifPresent(getLog()::warn);
    if (!report.clean()) {
      List<Problem> failures = report.failures();
      throw new MojoFailureException(
          "crmcards check: " + failures.size() + (failures.size() == 1 ? " problem" : " problems") + " with "
              + url + "\n  " + String.join("\n  ", failures.stream().map(Problem::toString).toList()));
    }
  }

  /**
   * Maven gives an empty element, or one whose ${...} nothing resolved to an empty value, as null:
   * said here, naming it, rather than failing further on.
   */
  private void requireValues() throws MojoFailureException {
    if (secretVariable == null || secretVariable.isBlank()) {
      throw new MojoFailureException("<secretVariable> is empty; name the environment variable that holds the"
          + " app's client secret, or leave it out for " + ClientSecret.VARIABLE);
    }
    if (System.getProperty(OLD_SECRET_PROPERTY) != null) {
      throw new MojoFailureException("-D" + OLD_SECRET_PROPERTY + " is not read: Maven's debug output would"
          + " print it. Set " + secretVariable + " to the app's client secret instead.");
    }
    if (properties != null) {
      for (Map.Entry<String, String> property : properties.entrySet()) {
        if (property.getValue() == null) {
          throw new MojoFailureException("<properties><" + property.getKey() + "> has no value; give it one, or"
              + " leave it out to send the sample value");
        }
      }
    }
    for (String client : clients == null ? List.<String>of() : clients) {
      if (client == null) {
        throw new MojoFailureException("<clients> has an empty <client>; name a client or leave it out");
      }
    }
  }

  private SignatureChoice signatures() throws MojoFailureException {
    try {
      return SignatureChoice.parse(signature);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("<signature>: use v2, v3 or both, got \"" + signature + "\"");
    }
  }
}
