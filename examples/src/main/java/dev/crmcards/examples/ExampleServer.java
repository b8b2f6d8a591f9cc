package dev.crmcards.examples;

import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServlet;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The example card server: HubSpot's bug-tracker card on embedded Jetty, on 127.0.0.1.
 *
 * <p>Environment: {@code PORT} (default 8080), {@code HUBSPOT_CLIENT_SECRET} (your app's client
 * secret; when unset a development secret is made up and printed), {@code PUBLIC_BASE_URL} (the
 * scheme, host and path prefix HubSpot calls, when a tunnel or proxy stands in front) and {@code
 * HANDLER_TIMEOUT_MS} (the handler deadline, default 4000; 0 runs handlers on Jetty's threads
 * without a deadline).
 */
public final class ExampleServer {
  /** The data-fetch request of HubSpot's guide, after the card's path. */
  static final String GUIDE_QUERY =
      "userId=12345&userEmail=loggedinuser@hubspot.com&associatedObjectId=53701"
          + "&associatedObjectType=CONTACT&portalId=987654&firstname=Tim"
          + "&email=timrobinson@itysl.com&lastname=Robinson";

  /**
   * Where HubSpot sends the card's requests, as {@code BugTicket} declares them (HubSpot's guide
   * example): the data fetch on one origin, the actions on another. Requests are verified as
   * signed for these, whatever address the server listens on.
   */
  static final String FETCH_ORIGIN = "https://www.example.com";

  static final String ACTION_ORIGIN = "https://example.com";

  private final Server server;

  private ExampleServer(Server server) {
    this.server = server;
  }

  /** Starts the card servlet on 127.0.0.1:{@code port} (0 picks a free port). */
  public static ExampleServer start(int port, CardSettings settings) throws Exception {
    HttpServlet servlet =
        BugTicketCrmCard.servlet(new BugTrackerHandler(TicketStore.withGuideTickets()), settings);
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder("bug-tracker", servlet);
    // The card servlet answers from its handler threads; without async support it would keep a
    // Jetty thread waiting for each handler.
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    server.setHandler(context);
    server.start();
    return new ExampleServer(server);
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  public void stop() throws Exception {
    server.stop();
  }

  public void join() throws InterruptedException {
    server.join();
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(env("PORT", "8080"));
    String secret = System.getenv(CardSettings.CLIENT_SECRET_VARIABLE);
    boolean madeUp = secret == null || secret.isBlank();
    if (madeUp) {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      secret = "dev-" + HexFormat.of().formatHex(random);
    }
    String firstSecret = secret.split(",")[0].strip();
    CardSettings.Builder settings = CardSettings.builder().clientSecrets(secret.split(","));
    String timeout = System.getenv("HANDLER_TIMEOUT_MS");
    if (timeout != null && !timeout.isBlank()) {
      settings.handlerTimeout(Duration.ofMillis(Long.parseLong(timeout.strip())));
    }
    String publicBase = System.getenv(CardSettings.PUBLIC_BASE_URL_VARIABLE);
    if (publicBase != null && !publicBase.isBlank()) {
      settings.publicBaseUrl(publicBase.strip());
    }
    ExampleServer server = start(port, settings.build());
    String local = "http://127.0.0.1:" + server.port();
    String signedBase =
        publicBase == null || publicBase.isBlank() ? FETCH_ORIGIN : strip(publicBase.strip());

    URL definition = ExampleServer.class.getClassLoader().getResource(BugTicketCrmCard.DEFINITION_RESOURCE);
    System.out.println();
    System.out.println("crmcards example server: card \"" + BugTicketCrmCard.NAME + "\" on " + local);
    System.out.println("  data fetch   GET    /demo-fetch");
    System.out.println("  Resolve      PUT    /tickets/{id}/resolve");
    System.out.println("  Delete       DELETE /tickets/{id}");
    System.out.println("  definition   " + definition);
    System.out.println("               (after mvn package also examples/target/classes/" + BugTicketCrmCard.DEFINITION_RESOURCE + ")");
    System.out.println(
        madeUp
            ? "  secret       " + secret + " (made up; set " + CardSettings.CLIENT_SECRET_VARIABLE + " to your app's client secret)"
            : "  secret       from " + CardSettings.CLIENT_SECRET_VARIABLE);
    System.out.println("  signed for   " + (signedBase.equals(FETCH_ORIGIN)
        ? FETCH_ORIGIN + " (fetch) and " + ACTION_ORIGIN + " (actions), as the card declares"
        : signedBase + " (PUBLIC_BASE_URL)"));
    System.out.println();
    System.out.println("HubSpot's example request, signed (v2) as HubSpot signs it:");
    System.out.println();
    System.out.println(curlCommand(local, signedBase, firstSecret));
    System.out.println();
    System.out.println("Stop with Ctrl+C.");
    server.join();
  }

  /**
   * A curl command sending the guide's example request to {@code localBase}, signed (v2, which
   * needs no timestamp, so the command keeps working) for the URL HubSpot would call at
   * {@code signedBase}.
   */
  static String curlCommand(String localBase, String signedBase, String secret) {
    String path = "/demo-fetch?" + GUIDE_QUERY;
    String signature = SignatureVerifier.signV2(secret, "GET", signedBase + path, new byte[0]);
    return "  curl -s '" + localBase + path + "' \\\n"
        + "    -H 'X-HubSpot-Signature-Version: v2' \\\n"
        + "    -H 'X-HubSpot-Signature: " + signature + "'";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
