package dev.crmcards.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.examples.ExampleServer;
import dev.crmcards.servlet.CardSettings;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check goal against the real example server (the generated servlet on Jetty, verifying for
 * the URLs its card declares), with the example build's classes as the module's.
 */
class CheckMojoTest {
  private static final String SECRET = "plugin-check-secret";
  private static final File EXAMPLES = new File(System.getProperty("crmcards.examples", "../examples/target/classes"));

  private ExampleServer server;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void start() throws Exception {
    server = ExampleServer.start(0, CardSettings.builder().clientSecret(SECRET).build());
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  private CheckMojo mojo(String secret) {
    CheckMojo mojo = new CheckMojo();
    mojo.setLog(log);
    mojo.classesDirectory = EXAMPLES;
    mojo.card = "bug-tracker";
    mojo.url = "http://127.0.0.1:" + server.port() + "/demo-fetch";
    mojo.secretVariable = "HUBSPOT_CLIENT_SECRET";
    mojo.environment = Map.of("HUBSPOT_CLIENT_SECRET", secret);
    mojo.signature = "both";
    return mojo;
  }

  @Test
  void theExampleCardPassesForCrmcardsAppCardPlayedAsHubSpot() throws Exception {
    CheckMojo mojo = mojo(SECRET);
    mojo.clients = java.util.List.of("app-card");
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.startsWith("[error]"));
    assertThat(log.lines).anyMatch(line -> line.startsWith("[info] GET http://127.0.0.1:" + server.port()
        + "/demo-fetch (contacts, signed v2+v3 for https://www.example.com/demo-fetch as HubSpot) -> HTTP 200"));
  }

  @Test
  void theExampleCardsFormsFailTheBuildForLegacyCards() {
    CheckMojo mojo = mojo(SECRET);
    mojo.clients = java.util.List.of("legacy");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("$.secondaryActions[0].type: [legacy, converter, old-converter] FORM is crmcards' own action");
  }

  @Test
  void theExampleOrdersTablePassesAskedForItsFirstPage() throws Exception {
    CheckMojo mojo = mojo(SECRET);
    mojo.card = "orders";
    mojo.url = "http://127.0.0.1:" + server.port() + "/orders";
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.startsWith("[error]") || line.startsWith("[warn]"));
    assertThat(log.lines).anyMatch(line -> line.contains("/orders (companies, signed v2+v3") && line.contains("HTTP 200"));
  }

  @Test
  void aRefusedSignatureFailsTheBuildWithTheProblemAndAHint() {
    assertThatThrownBy(() -> mojo("another-secret").execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("crmcards check: ")
        .hasMessageContaining("$: [legacy, converter, old-converter, app-card] HTTP 401, but HubSpot shows the card only for 200");
    assertThat(log.lines).anyMatch(line -> line.startsWith("[warn] The server refused the signature HubSpot makes"));
  }

  @Test
  void playingTheLocalProxyIsRefusedByAServerThatDoesNotAcceptIt() {
    CheckMojo mojo = mojo(SECRET);
    mojo.localProxy = true;
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines).anyMatch(line -> line.contains("acceptLocalProxy(true)"));
  }

  @Test
  void badParametersSayWhatIsWrong() {
    CheckMojo noUrl = mojo(SECRET);
    noUrl.url = "127.0.0.1:8080";
    assertThatThrownBy(noUrl::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("<url> must be an absolute http(s) URL, got 127.0.0.1:8080");
    CheckMojo noCard = mojo(SECRET);
    noCard.card = null;
    assertThatThrownBy(noCard::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("; choose one with <card> ");
    CheckMojo client = mojo(SECRET);
    client.clients = java.util.List.of("hubspot");
    assertThatThrownBy(client::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("unknown <clients> 'hubspot'; use one of");
    CheckMojo signature = mojo(SECRET);
    signature.signature = "v4";
    assertThatThrownBy(signature::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("<signature>: use v2, v3 or both, got \"v4\"");
    CheckMojo emptyProperty = mojo(SECRET);
    java.util.Map<String, String> properties = new java.util.HashMap<>();
    properties.put("email", null); // <email/>, or <email>${env.X}</email> with X unset
    emptyProperty.properties = properties;
    assertThatThrownBy(emptyProperty::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("<properties><email> has no value; give it one, or leave it out to send the sample value");
    CheckMojo emptyClient = mojo(SECRET);
    emptyClient.clients = java.util.Arrays.asList("app-card", null);
    assertThatThrownBy(emptyClient::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("<clients> has an empty <client>; name a client or leave it out");
  }

  @Test
  void theSecretComesFromTheEnvironmentVariableItNamesOnly() throws Exception {
    CheckMojo unset = mojo(SECRET);
    unset.environment = Map.of();
    assertThatThrownBy(unset::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("no client secret: set HUBSPOT_CLIENT_SECRET to the app's client secret, or name another"
            + " environment variable with <secretVariable>");
    CheckMojo other = mojo(SECRET);
    other.secretVariable = "STAGING_SECRET";
    other.environment = Map.of("STAGING_SECRET", SECRET, "HUBSPOT_CLIENT_SECRET", "another-secret");
    other.clients = java.util.List.of("app-card");
    other.execute();
    assertThat(log.lines).anyMatch(line -> line.contains("/demo-fetch (contacts, signed v2+v3") && line.contains("HTTP 200"));
    CheckMojo blank = mojo(SECRET);
    blank.secretVariable = " ";
    assertThatThrownBy(blank::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<secretVariable> is empty; name the environment variable");
  }

  @Test
  void theSecretAsAPropertyIsRefusedNotIgnored() {
    System.setProperty(CheckMojo.OLD_SECRET_PROPERTY, "plugin-check-secret");
    try {
      assertThatThrownBy(() -> mojo(SECRET).execute()).isInstanceOf(MojoFailureException.class)
          .hasMessage("-Dcrmcards.secret is not read: Maven's debug output would print it. Set"
              + " HUBSPOT_CLIENT_SECRET to the app's client secret instead.");
    } finally {
      System.clearProperty(CheckMojo.OLD_SECRET_PROPERTY);
    }
  }
}
