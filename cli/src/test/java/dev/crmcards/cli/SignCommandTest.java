package dev.crmcards.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.cli.support.CliRun;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignCommandTest {
  private static final String SECRET = "sign-command-secret";
  private static final Map<String, String> ENVIRONMENT = Map.of(ClientSecret.VARIABLE, SECRET);
  private static final String FORM_URL =
      "https://example.com/tickets?userId=12345&portalId=987654&associatedObjectId=53701&associatedObjectType=CONTACT";
  private static final String FORM = "{\"title\":\"It's broken\",\"severity\":\"HIGH\"}";
  private static final Pattern HEADER = Pattern.compile("-H '([^:]+): ([^']*)'");

  /** Checks each version the command can be asked for, v2 alone included. */
  private final SignatureVerifier verifier =
      SignatureVerifier.builder().secret(SECRET).requireV3(false).build();

  private static Map<String, String> headers(String curl) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Matcher m = HEADER.matcher(curl);
    while (m.find()) {
      headers.put(m.group(1), m.group(2));
    }
    return headers;
  }

  @Test
  void aFormSubmissionIsSignedForTheUrlHubSpotCallsAndSentToTheServerGiven() throws Exception {
    for (String version : List.of("v2", "v3")) {
      CliRun run = CliRun.run(ENVIRONMENT, "sign", "--url", "http://127.0.0.1:8080", "-X", "post", "--data", FORM,
          "--signature", version, FORM_URL);
      assertThat(run.exitCode()).as(run.toString()).isZero();
      String curl = run.out();
      assertThat(curl)
          .startsWith("curl --silent --show-error --fail-with-body -X POST"
              + " 'http://127.0.0.1:8080/tickets?userId=12345&portalId=987654&associatedObjectId=53701"
              + "&associatedObjectType=CONTACT'")
          .contains("-H 'Content-Type: application/json'")
          .endsWith("--data-raw '{\"title\":\"It'\\''s broken\",\"severity\":\"HIGH\"}'" + System.lineSeparator());
      Map<String, String> headers = headers(curl);
      assertThat(verifier.verify("POST", FORM_URL, FORM.getBytes(UTF_8), headers::get).version())
          .isEqualTo(version.equals("v2") ? SignatureVersion.V2 : SignatureVersion.V3);
      // Signed for the public URL, not for where it is sent.
      assertThat(headers.values()).doesNotContain(
          SignatureVerifier.signV2(SECRET, "POST", "http://127.0.0.1:8080/tickets?userId=12345&portalId=987654"
              + "&associatedObjectId=53701&associatedObjectType=CONTACT", FORM.getBytes(UTF_8)));
    }
  }

  @Test
  void asTheLocalProxySignsItCoversTheUrlCalled() throws Exception {
    CliRun run = CliRun.run(ENVIRONMENT, "sign", "--local-proxy", "--signature", "v3", "--url", "http://localhost:8080",
        "-X", "PUT", "-d", FORM, "https://example.com/tickets/245/schedule");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(verifier.verifyAsSent(
            "PUT", "http://localhost:8080/tickets/245/schedule", FORM.getBytes(UTF_8), headers(run.out())::get)
        .version()).isEqualTo(SignatureVersion.V3);
  }

  @Test
  void theBodyReachesTheShellByteForByte() throws IOException, InterruptedException {
    String body = "a=1&note=' \" $HOME `x` \\ ü";
    CliRun run = CliRun.run(ENVIRONMENT, "sign", "-X", "POST", "-d", body, "https://example.com/tickets");
    String quoted = run.out().substring(run.out().indexOf("--data-raw ") + "--data-raw ".length()).strip();
    Process printf = new ProcessBuilder("sh", "-c", "printf '%s' " + quoted).start();
    assertThat(new String(printf.getInputStream().readAllBytes(), UTF_8)).isEqualTo(body);
    assertThat(printf.waitFor()).isZero();
    assertThat(run.out()).contains("-H 'Content-Type: application/x-www-form-urlencoded'");
  }

  @Test
  void aBodyStartingWithAnAtSignIsABodyNotAFile() throws Exception {
    CliRun run = CliRun.run(ENVIRONMENT, "sign", "-X", "POST", "--data", "@/etc/hostname", "https://example.com/tickets");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("--data-raw '@/etc/hostname'");
    assertThat(verifier.verify("POST", "https://example.com/tickets", "@/etc/hostname".getBytes(UTF_8),
        headers(run.out())::get)).isNotNull();
  }

  @Test
  void aBodyFromAFileIsSignedAndSentAsThatFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    byte[] large = ("{\"notes\":\"" + "x".repeat(300_000) + "\"}").getBytes(UTF_8);
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("body.json"), large);
    CliRun run = CliRun.run(ENVIRONMENT, "sign", "-X", "PUT", "--data-file", file.toString(), "https://example.com/tickets/1");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("-H 'Content-Type: application/json'")
        .contains("--data-binary '@" + file.toAbsolutePath() + "'");
    assertThat(verifier.verify("PUT", "https://example.com/tickets/1", large, headers(run.out())::get)).isNotNull();
  }

  @Test
  void aUrlIsSignedAsAClientSendsIt() throws Exception {
    CliRun run = CliRun.run(ENVIRONMENT, "sign", "--signature", "v2", "--url", "http://127.0.0.1:8080", "-X", "PUT",
        "https://example.com/tickets/é/resolve?firstname=Zoë");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("'http://127.0.0.1:8080/tickets/%C3%A9/resolve?firstname=Zo%C3%AB'");
    assertThat(verifier.verify("PUT", "https://example.com/tickets/%C3%A9/resolve?firstname=Zo%C3%AB", new byte[0],
        headers(run.out())::get)).isNotNull();
  }

  @Test
  void badInputSaysWhatIsWrongAndPrintsNothing() {
    Map<List<String>, String> cases = Map.of(
        List.of("-d", "{}", FORM_URL), "a GET has no body",
        List.of("-X", "TRACE", FORM_URL), "--method must be one of GET, POST, PUT, DELETE, PATCH, got TRACE",
        List.of("/tickets"), "URL must be an absolute http(s) URL, got /tickets",
        List.of("--url", "127.0.0.1:8080", FORM_URL), "--url must be an absolute http(s) URL, got 127.0.0.1:8080",
        List.of("--url", "http://127.0.0.1:8080/cards", FORM_URL),
        "--url takes an origin, such as http://127.0.0.1:8080, got http://127.0.0.1:8080/cards",
        List.of("--content-type", "text/plain", FORM_URL), "--content-type describes a body; give one with --data",
        List.of(FORM_URL + "#top"), "URL has a fragment (#top); HubSpot calls a card without one",
        List.of("-X", "POST", "--data", "{}", "--data-file", "body.json", FORM_URL), "mutually exclusive",
        List.of("-X", "POST", "--data-file", "/no/such/body.json", FORM_URL),
        "cannot read --data-file: no such file or directory: /no/such/body.json");
    cases.forEach((args, message) -> {
      CliRun run = CliRun.run(ENVIRONMENT, concat("sign", args));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).contains(message);
      assertThat(run.out()).isEmpty();
    });
    CliRun noSecret = CliRun.run(Map.of(), "sign", FORM_URL);
    assertThat(noSecret.exitCode()).isEqualTo(2);
    assertThat(noSecret.err()).contains("no client secret: pass --secret or set HUBSPOT_CLIENT_SECRET");
  }

  @Test
  void theMethodsAreAHooksInTheRulesOrder() {
    CliRun help = CliRun.run("sign", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("One of GET, POST, PUT, DELETE, PATCH (default: GET).");
    for (String method : ActionShapes.METHODS) {
      CliRun run = CliRun.run(ENVIRONMENT, "sign", "-X", method.toLowerCase(java.util.Locale.ROOT), FORM_URL);
      assertThat(run.exitCode()).as(run.toString()).isZero();
    }
  }

  private static String[] concat(String first, List<String> rest) {
    String[] all = new String[rest.size() + 1];
    all[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      all[i + 1] = rest.get(i);
    }
    return all;
  }
}
