package dev.crmcards.load;

import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The one Jetty set-up every server of {@code load/run.sh} uses, so that the card servlet and the
 * bare yardstick differ only in the servlet: Jetty's defaults, no server header, 127.0.0.1 only,
 * the servlet at {@code /*} of the root context.
 */
final class LoadJetty {
  private LoadJetty() {}

  /**
   * Starts {@code servlet} and returns the server.
   *
   * @param asyncSupported how the servlet is registered ({@code ServletHolder.setAsyncSupported})
   * @param port from the environment's {@code PORT}, else {@code defaultPort}
   */
  static Server start(String name, HttpServlet servlet, boolean asyncSupported, int defaultPort)
      throws Exception {
    String port = System.getenv("PORT");
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port == null || port.isBlank() ? defaultPort : Integer.parseInt(port.strip()));
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder(name, servlet);
    holder.setAsyncSupported(asyncSupported);
    context.addServlet(holder, "/*");
    server.setHandler(context);
    server.start();
    System.out.println(name + " on http://127.0.0.1:" + connector.getLocalPort()
        + (asyncSupported ? " (async-supported)" : " (plain mount)"));
    return server;
  }
}
