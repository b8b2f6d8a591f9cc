package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** preview given a port it cannot have: a usage error that says why, and no server. */
class PreviewCommandTest {
  private static CliRun preview(String port) {
    return CliRun.run(Map.of("HUBSPOT_CLIENT_SECRET", Fixtures.SECRET), "preview",
        "--definitions", Fixtures.exampleDefinitions().toString(),
        "--url", "http://127.0.0.1:9/demo-fetch", "--port", port);
  }

  @Test
  void aPortOutOfRange() {
    CliRun run = preview("70000");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("crmcards preview: --port must be from 0 (any free port) to 65535, got 70000\n");
  }

  @Test
  void aPortInUse() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CliRun run = preview(Integer.toString(port));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("crmcards preview: port " + port + " is in use on 127.0.0.1; choose another"
          + " --port, or leave it out for any free one\n");
    }
  }
}
