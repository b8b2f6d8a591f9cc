package dev.crmcards.servlet;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty 12, ee10 (Servlet 6.0). */
public final class JettyContainer implements ServletContainer {
  private final boolean asyncSupported;
  private Server server;

  /** Servlets registered async-supported, as they should be. */
  public JettyContainer() {
    this(true);
  }

  /** Servlets registered async-supported or, to test the fallback, not. */
  public JettyContainer(boolean asyncSupported) {
    this.asyncSupported = asyncSupported;
  }

  @Override
  public String start(Map<String, HttpServlet> servlets) throws Exception {
    server = new Server(new QueuedThreadPool(16, 4));
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandlerCollection contexts = new ContextHandlerCollection();
    servlets.forEach(
        (path, servlet) -> {
          ServletContextHandler context = new ServletContextHandler(path.isEmpty() ? "/" : path);
          ServletHolder holder = new ServletHolder(servlet);
          holder.setAsyncSupported(asyncSupported);
          context.addServlet(holder, "/*");
          contexts.addHandler(context);
        });
    server.setHandler(contexts);
    server.start();
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }
}
