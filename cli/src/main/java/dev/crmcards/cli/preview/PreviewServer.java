package dev.crmcards.cli.preview;

import com.sun.net.httpserver.HttpServer;
import dev.crmcards.cli.check.FetchCheck;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local web page on 127.0.0.1 that renders a card the way HubSpot's record sidebar does, with
 * working actions: the page asks this server for the data fetch and action hooks, and the server
 * sends them to the card server signed, as HubSpot would.
 */
public final class PreviewServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private PreviewServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving; {@link #close()} stops. */
  public static PreviewServer start(PreviewSettings settings) throws IOException {
    Clock clock = Clock.systemUTC();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HookForwarder forwarder = new HookForwarder(client, settings, clock);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
    server.createContext("/", new LocalOrigin(new StaticResources()));
    server.createContext("/definitions", new LocalOrigin(new CardIndex(settings.cards())));
    server.createContext("/api/", new LocalOrigin(new PreviewApi(settings, new FetchCheck(clock), forwarder)));
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "crmcards-preview");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.start();
    return new PreviewServer(server, executor);
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8765/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
