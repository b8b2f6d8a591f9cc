package dev.crmcards.redis;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardServlet;
import dev.crmcards.servlet.CardSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One instance of a card server: Jetty on a free loopback port, serving a tickets card whose
 * resolve hook counts its calls per ticket into a map shared by every instance of a test, with a
 * Redis replay store.
 */
final class TicketServer implements AutoCloseable {

  static final String SECRET = "redis-test-secret";
  /** The origin the card declares, which HubSpot signs. */
  static final String ORIGIN = "https://cards.example.test";

  private final Server server;
  private final ReplayStore store;
  private final String base;

  TicketServer(String redisUri, Map<String, AtomicInteger> calls, AtomicInteger fetches)
      throws Exception {
    // A second, not half of one: these instances share two cores with a whole build, and a claim
    // that misses its command timeout is a 503. Still well within HubSpot's five seconds.
    store = RedisReplayStore.builder(redisUri).commandTimeout(Duration.ofSeconds(1)).build();
    CardRoutes routes =
        CardRoutes.builder("tickets")
            .fetch(ORIGIN + "/tickets", request -> {
              fetches.incrementAndGet();
              return json -> json.raw("{\"results\":[]}".getBytes(StandardCharsets.UTF_8));
            })
            .hook(HttpMethod.POST, ORIGIN + "/tickets/{id}/resolve", (request, path) -> {
              String id = path.string("id");
              int call = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
              if (id.startsWith("slow")) {
                Thread.sleep(200);
              }
              return ActionResult.ok("resolved " + id + " on call " + call);
            })
            .build();
    CardSettings settings = CardSettings.builder().clientSecret(SECRET).replayStore(store).build();
    server = new Server();
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder holder = new ServletHolder(new CardServlet(routes, settings));
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    server.setHandler(context);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  static Map<String, AtomicInteger> newCallCounts() {
    return new ConcurrentHashMap<>();
  }

  /** {@code http://127.0.0.1:port}. */
  String base() {
    return base;
  }

  @Override
  public void close() throws Exception {
    server.stop();
    store.close();
  }
}
