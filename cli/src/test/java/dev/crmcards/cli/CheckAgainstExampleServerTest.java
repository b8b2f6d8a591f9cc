package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.examples.ExampleServer;
import dev.crmcards.servlet.CardSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} against the real example card server (generated servlet on Jetty). */
class CheckAgainstExampleServerTest {
  private static final String SECRET = "cli-example-secret";
  @TempDir Path dir;
  private ExampleServer server;
  private Path definition;

  @BeforeEach
  void start() throws Exception {
    // check signs for the URL it calls; the server verifies against its public base URL, set to
    // that address (by default it would expect the card's declared https://www.example.com).
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    server = ExampleServer.start(port, CardSettings.builder().clientSecret(SECRET)
        .publicBaseUrl("http://127.0.0.1:" + port).build());
    definition = Fixtures.exampleDefinitionFile(dir);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  private CliRun check(String secret, String signature) {
    return CliRun.run(
        "check", "--definition", definition.toString(),
        "--url", "http://127.0.0.1:" + server.port() + "/demo-fetch",
        "--secret", secret, "--signature", signature);
  }

  @Test
  void theExampleCardPassesEveryRuleSignedEitherWay() {
    for (String signature : new String[] {"v2", "v3", "both"}) {
      CliRun run = check(SECRET, signature);
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).as(run.toString()).isEmpty();
      assertThat(run.err()).contains("-> HTTP 200 in ");
    }
  }

  @Test
  void aWrongSecretFails() {
    CliRun run = check("not-the-secret", "both");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("401");
  }
}
