package dev.crmcards.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.core.CardRoutes;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * What the Spring Boot starter's servlet patterns rely on: a container matches a pattern given
 * through the servlet API ({@code ServletRegistration.addMapping}, as Spring Boot registers a
 * servlet) against the decoded path. So a route at {@code /b%C3%BCgs} is reached through the
 * pattern {@code /bügs} on Jetty and on Tomcat alike, and through the pattern as written on
 * Tomcat only.
 */
class DecodedServletPatternsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static CardServlet cards() {
    CardRoutes routes =
        CardRoutes.builder("umlaut")
            .fetch("https://cards.example.com/b%C3%BCgs", request -> json -> json.raw(new byte[] {'{', '}'}))
            .build();
    return new CardServlet(routes, CardSettings.builder().clientSecret("s3cret").build());
  }

  /** The status of an unsigned GET of {@code /b%C3%BCgs}: 401 from the card's route, 404 if unmapped. */
  private static int statusOfTheRoute(String base) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/b%C3%BCgs")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Consumer<ServletContext> mapping(String pattern) {
    return context -> context.addServlet("cards", cards()).addMapping(pattern);
  }

  @Test
  void jettyMatchesTheDecodedPatternOnly() throws Exception {
    assertThat(onJetty(mapping("/bügs"))).isEqualTo(401);
    assertThat(onJetty(mapping("/b%C3%BCgs"))).isEqualTo(404);
  }

  @Test
  void tomcatMatchesBoth() throws Exception {
    assertThat(onTomcat(mapping("/bügs"))).isEqualTo(401);
    assertThat(onTomcat(mapping("/b%C3%BCgs"))).isEqualTo(401);
  }

  private static int onJetty(Consumer<ServletContext> register) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addEventListener(new ServletContextListener() {
      @Override
      public void contextInitialized(ServletContextEvent event) {
        register.accept(event.getServletContext());
      }
    });
    server.setHandler(context);
    server.start();
    try {
      return statusOfTheRoute("http://127.0.0.1:" + connector.getLocalPort());
    } finally {
      server.stop();
    }
  }

  private static int onTomcat(Consumer<ServletContext> register) throws Exception {
    Path baseDir = Files.createTempDirectory("crmcards-tomcat-patterns");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    context.addServletContainerInitializer((Set<Class<?>> classes, ServletContext servlets) -> register.accept(servlets), null);
    tomcat.start();
    try {
      return statusOfTheRoute("http://127.0.0.1:" + connector.getLocalPort());
    } finally {
      tomcat.stop();
      tomcat.destroy();
      try (Stream<Path> files = Files.walk(baseDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
