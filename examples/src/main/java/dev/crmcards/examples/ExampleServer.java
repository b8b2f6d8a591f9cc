package dev.crmcards.examples;

import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.BugTrackerHandler;
import dev.crmcards.examples.bugtracker.TicketStore;
import dev.crmcards.examples.orders.OrderBook;
import dev.crmcards.examples.orders.OrderCrmCard;
import dev.crmcards.examples.orders.OrdersHandler;
import dev.crmcards.rules.CardViews;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.servlet.CrmCardsServlet;
import dev.crmcards.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The example card server, on embedded Jetty on 127.0.0.1: HubSpot's bug-tracker card, and the
 * orders card, a table of a company's orders beyond the legacy card's five tiles.
 *
 * <p>Environment: {@code PORT} (default 8080; 0 picks a free one), {@code HOST} (the address to
 * listen on, default 127.0.0.1), {@code HUBSPOT_CLIENT_SECRET} (your app's client secret; when
 * unset a development secret is made up and printed), {@code PUBLIC_BASE_URL} (the scheme, host
 * and path prefix HubSpot calls, when a tunnel or proxy stands in front) and {@code
 * HANDLER_TIMEOUT_MS} (the handler deadline, default 4000; 0 runs handlers on Jetty's threads
 * without a deadline).
 *
 * <p>On a loopback address it also accepts the signatures of HubSpot's local development proxy
 * ({@code hs project dev}), made for the URL each request arrives at; see {@link
 * CardSettings.Builder#acceptLocalProxy(boolean)}.
 */
public final class ExampleServer {
  /** A data fetch of the orders card: company 4242's second page, the largest totals first. */
  static final String ORDERS_QUERY =
      "userId=12345&userEmail=loggedinuser@hubspot.com&associatedObjectId=4242"
          + "&associatedObjectType=COMPANY&portalId=987654&domain=example.com"
          + "&page=2&pageSize=10&sort=-total";

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
  private final BugTrackerHandler bugTracker;

  private ExampleServer(Server server, BugTrackerHandler bugTracker) {
    this.server = server;
    this.bugTracker = bugTracker;
  }

  /** The address the server listens on unless {@code HOST} says otherwise. */
  static final String DEFAULT_HOST = "127.0.0.1";

  /** Starts the cards' servlet on 127.0.0.1:{@code port} (0 picks a free port). */
  public static ExampleServer start(int port, CardSettings settings) throws Exception {
    return start(DEFAULT_HOST, port, settings);
  }

  /** Starts the cards' servlet on {@code host}:{@code port} (0 picks a free port). */
  public static ExampleServer start(String host, int port, CardSettings settings)
      throws Exception {
    return start(host, port, settings, new OrdersHandler(new OrderBook()));
  }

  /**
   * Starts the cards' servlet on 127.0.0.1:{@code port} with another handler of the orders card,
   * so that a test can play a server that answers the orders' table wrongly.
   */
  public static ExampleServer start(int port, CardSettings settings, OrderCrmCard.Handler orders)
      throws Exception {
    return start(DEFAULT_HOST, port, settings, orders);
  }

  private static ExampleServer start(
      String host, int port, CardSettings settings, OrderCrmCard.Handler orders) throws Exception {
    BugTrackerHandler bugTracker = new BugTrackerHandler(TicketStore.withGuideTickets());
    HttpServlet servlet =
        new CrmCardsServlet(
            settings,
            BugTicketCrmCard.routes(bugTracker),
            OrderCrmCard.routes(orders));
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder("example-cards", servlet);
    // The card servlet answers from its handler threads; without async support it would keep a
    // Jetty thread waiting for each handler.
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    context.setErrorHandler(new JsonErrors());
    server.setErrorHandler(new JsonErrors());
    server.setHandler(context);
    server.start();
    return new ExampleServer(server, bugTracker);
  }

  /** The bug tracker's handler, which keeps the forms it receives. */
  public BugTrackerHandler bugTracker() {
    return bugTracker;
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
    ExampleServer server;
    try {
      server = launch(System::getenv, System.out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A setting of the reader's: say which and why, not a stack trace.
      System.err.println("crmcards example server: " + e.getMessage());
      System.exit(2);
      return;
    }
    server.join();
  }

  /**
   * What {@link #main} does, with the environment given: starts the server as the environment
   * says and prints what it serves and how it verifies requests.
   */
  public static ExampleServer launch(Function<String, String> environment, PrintStream out)
      throws Exception {
    int port = (int) number(env(environment, "PORT", "8080"), 0, 65535,
        "PORT must be a port number from 0 to 65535 (0 picks a free one)");
    String host = env(environment, "HOST", DEFAULT_HOST);
    String secret = environment.apply(CardSettings.CLIENT_SECRET_VARIABLE);
    boolean madeUp = secret == null || secret.isBlank();
    if (madeUp) {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      secret = "dev-" + HexFormat.of().formatHex(random);
    }
    String secrets = secret;
    String firstSecret = Arrays.stream(secrets.split(",")).map(String::strip)
        .filter(part -> !part.isEmpty()).findFirst().orElse("");
    // Only a development machine's own address gets the local proxy's signatures.
    boolean loopback = InetAddress.getByName(host).isLoopbackAddress();
    // The secrets as every crmcards server reads the variable ("new, old" while rotating).
    CardSettings.Builder settings =
        CardSettings.builder()
            .environment(name -> name.equals(CardSettings.CLIENT_SECRET_VARIABLE) ? secrets : null)
            .acceptLocalProxy(loopback);
    String timeout = environment.apply("HANDLER_TIMEOUT_MS");
    if (timeout != null && !timeout.isBlank()) {
      settings.handlerTimeout(Duration.ofMillis(
          number(timeout.strip(), 0, Long.MAX_VALUE, "HANDLER_TIMEOUT_MS must be a whole number of milliseconds")));
    }
    String publicBase = environment.apply(CardSettings.PUBLIC_BASE_URL_VARIABLE);
    boolean hasPublicBase = publicBase != null && !publicBase.isBlank();
    if (hasPublicBase) {
      try {
        settings.publicBaseUrl(publicBase.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(CardSettings.PUBLIC_BASE_URL_VARIABLE + ": " + e.getMessage(), e);
      }
    }
    CardSettings built = settings.build();
    ExampleServer server;
    try {
      server = start(host, port, built);
    } catch (IOException e) {
      if (!(e.getCause() instanceof BindException)) {
        throw e;
      }
      throw new IllegalStateException(
          "cannot listen on " + host + ":" + port + " (" + e.getCause().getMessage() + "): another program may"
              + " use that port; stop it, or set PORT to another one (PORT=0 picks a free one)", e);
    }
    String local = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    String signedBase = built.publicBaseUrl().orElse(FETCH_ORIGIN);

    out.println();
    out.println("crmcards example server: cards \"" + BugTicketCrmCard.NAME + "\" and \"" + OrderCrmCard.NAME
        + "\" on " + local);
    out.println("  card \"" + BugTicketCrmCard.NAME + "\", HubSpot's guide example:");
    out.println("    data fetch   GET    /demo-fetch");
    out.println("    Resolve      PUT    /tickets/{id}/resolve");
    out.println("    Delete       DELETE /tickets/{id}");
    out.println("    Report a bug POST   /tickets (form)");
    out.println("    Reschedule   PUT    /tickets/{id}/schedule (form)");
    out.println("    definition   " + resource(BugTicketCrmCard.DEFINITION_RESOURCE));
    out.println("  card \"" + OrderCrmCard.NAME + "\", a table of 200 orders per company (record tab and sidebar):");
    out.println("    data fetch   GET    /orders?...&page=&pageSize=&sort=&q=");
    out.println("    definition   " + resource(OrderCrmCard.DEFINITION_RESOURCE));
    out.println("    view         " + resource(CardViews.VIEW_FOLDER + OrderCrmCard.NAME + ".json"));
    out.println("  (after mvn package also under examples/target/classes/META-INF/crmcards/)");
    out.println(
        madeUp
            ? "  secret       " + secret + " (made up; set " + CardSettings.CLIENT_SECRET_VARIABLE + " to your app's client secret)"
            : "  secret       from " + CardSettings.CLIENT_SECRET_VARIABLE);
    out.println(hasPublicBase
        ? "  verifies     every request as signed for " + signedBase + " (PUBLIC_BASE_URL) with its"
            + " path and query, the data fetch and the actions alike"
        : "  verifies     the data fetch as signed for " + FETCH_ORIGIN + " and the actions for "
            + ACTION_ORIGIN + ", as the card declares, with each request's path and query");
    out.println(loopback
        ? "               and, listening on loopback, as signed for the URL it arrives at (" + local
            + " or http://localhost:" + server.port() + "), as hs project dev's local proxy signs"
        : "               (local proxy signatures refused: " + host + " is not a loopback address)");
    out.println();
    long signedAt = built.clock().millis();
    out.println("HubSpot's example request, signed (v3) as HubSpot signs it, for the next "
        + built.timestampTolerance().toMinutes() + " minutes:");
    out.println();
    out.println(curlCommand(local, signedBase, firstSecret, signedAt));
    out.println();
    out.println("The orders card's second page, largest totals first, signed the same way:");
    out.println();
    out.println(curlCommand(local, signedBase, firstSecret, "/orders?" + ORDERS_QUERY, signedAt));
    out.println();
    out.println("Next, from the repository's folder, with the secret above in " + CardSettings.CLIENT_SECRET_VARIABLE
        + ", play HubSpot against this server (check signs afresh each time it runs):");
    out.println();
    out.println("  java -jar cli/target/crmcards-cli.jar check --definitions examples/target/crmcards-examples.jar \\");
    out.println("    --card " + BugTicketCrmCard.NAME + " --url " + local + "/demo-fetch");
    out.println();
    out.println("preview shows the card, sign sends a form, app writes the HubSpot project (README: \"The command line\").");
    out.println();
    out.println("Stop with Ctrl+C.");
    return server;
  }

  /**
   * A curl command sending the guide's example request to {@code localBase}, signed at {@code
   * timestampMillis} for the URL HubSpot would call at {@code signedBase}: v3, as the server
   * requires by default, so it verifies for as long as the timestamp window lasts.
   */
  static String curlCommand(String localBase, String signedBase, String secret, long timestampMillis) {
    return curlCommand(localBase, signedBase, secret, "/demo-fetch?" + GUIDE_QUERY, timestampMillis);
  }

  /** A curl command sending a GET of {@code path} (with its query), signed as above. */
  static String curlCommand(
      String localBase, String signedBase, String secret, String path, long timestampMillis) {
    String signature =
        SignatureVerifier.signV3(secret, "GET", signedBase + path, new byte[0], timestampMillis);
    return "  curl -s '" + localBase + path + "' \\\n"
        + "    -H '" + SignatureVerifier.TIMESTAMP_HEADER + ": " + timestampMillis + "' \\\n"
        + "    -H '" + SignatureVerifier.SIGNATURE_V3_HEADER + ": " + signature + "'";
  }

  /** The whole number {@code text} holds, from {@code min} to {@code max}; else {@code refusal}, with the text. */
  private static long number(String text, long min, long max, String refusal) {
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below, as a number out of range is
    }
    throw new IllegalArgumentException(refusal + ", got " + text);
  }

  /** Where the class path holds {@code resource}: in the jar, or the build's classes folder. */
  private static URL resource(String resource) {
    return ExampleServer.class.getClassLoader().getResource(resource);
  }

  private static String env(Function<String, String> environment, String name, String fallback) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
