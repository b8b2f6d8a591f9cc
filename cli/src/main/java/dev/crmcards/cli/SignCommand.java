package dev.crmcards.cli;

import dev.crmcards.cli.check.CardServerUrl;
import dev.crmcards.cli.request.HubSpotRequests;
import dev.crmcards.cli.request.SignedRequest;
import dev.crmcards.rules.Urls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    header = "Print a curl command for a request signed as HubSpot signs it.",
    description = {
      "For trying a card server by hand: a data fetch, an action hook, or a FORM action's submission,"
          + " which check and preview do not send. URL is what HubSpot would call and sign: the card's"
          + " targetUrl or an action's uri, placeholders filled in, with the query HubSpot adds"
          + " (userId, portalId, associatedObjectId, associatedObjectType, ...). --url sends it to your"
          + " server instead, and the signatures still cover URL, as HubSpot's would.",
      "A v3 signature is good for five minutes from now; v2 (--signature v2) has no timestamp."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error"})
final class SignCommand implements Callable<Integer> {
  /** The methods HubSpot calls cards with: the data fetch's GET and the actions' methods. */
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @ParentCommand CrmCardsCli cli;

  @Parameters(paramLabel = "URL", description = "The URL HubSpot would call, with its query.")
  String url;

  @Option(
      names = {"-X", "--method"},
      paramLabel = "METHOD",
      defaultValue = "GET",
      description = "GET (default), POST, PUT, PATCH or DELETE.")
  String method;

  @Option(
      names = {"-d", "--data"},
      paramLabel = "BODY",
      description = "The body, sent byte for byte as given: a form's JSON, say.")
  String data;

  @Option(
      names = "--content-type",
      paramLabel = "TYPE",
      description = "The body's Content-Type (default: application/json for a body that starts with { or [,"
          + " else application/x-www-form-urlencoded, as legacy cards send an action's parameters).")
  String contentType;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Send it here instead, e.g. http://127.0.0.1:8080: URL's path and query on this origin.")
  String server;

  @Mixin SigningOptions signing;

  @Override
  public Integer call() {
    if (Urls.httpUrl(url).isEmpty()) {
      throw new UsageException("URL must be an absolute http(s) URL, got " + url);
    }
    String upper = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(upper)) {
      throw new UsageException("--method must be one of " + String.join(", ", METHODS) + ", got " + method);
    }
    if (data != null && upper.equals("GET")) {
      throw new UsageException("a GET has no body: HubSpot sends the data fetch's values in the query");
    }
    if (data == null && contentType != null) {
      throw new UsageException("--content-type describes a body; give one with --data");
    }
    String called = server == null ? url : new CardServerUrl(server, "--url").actionUrl(url);
    byte[] body = data == null ? new byte[0] : data.getBytes(StandardCharsets.UTF_8);
    String type = data == null ? null : contentType != null ? contentType : defaultType(data);
    SignedRequest request =
        HubSpotRequests.asGiven(
            upper, url, called, body, type, signing.secret(cli.environment()), signing.signature,
            signing.signer(), cli.clock().millis());
    cli.out().println(curl(request, data));
    return 0;
  }

  /** A JSON document as a form sends it; anything else as a legacy action's parameters. */
  private static String defaultType(String data) {
    String start = data.stripLeading();
    return start.startsWith("{") || start.startsWith("[") ? "application/json" : "application/x-www-form-urlencoded";
  }

  /**
   * The command, one option a line; it fails (exit 22) on an error status and still prints the
   * server's answer, which names what it refused.
   */
  static String curl(SignedRequest request, String data) {
    StringBuilder out = new StringBuilder("curl --silent --show-error --fail-with-body");
    if (!request.method().equals("GET")) {
      out.append(" -X ").append(request.method());
    }
    out.append(' ').append(quoted(request.url()));
    if (request.contentType() != null) {
      header(out, "Content-Type", request.contentType());
    }
    for (Map.Entry<String, String> h : new TreeMap<>(request.headers()).entrySet()) {
      header(out, h.getKey(), h.getValue());
    }
    if (data != null) {
      out.append(" \\\n  --data-binary ").append(quoted(data));
    }
    return out.toString();
  }

  private static void header(StringBuilder out, String name, String value) {
    out.append(" \\\n  -H ").append(quoted(name + ": " + value));
  }

  /** In single quotes for a POSIX shell, which take everything literally but a single quote. */
  static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
