package dev.crmcards.servlet;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;

/** Tomcat 11 (Servlet 6.1). */
public final class TomcatContainer implements ServletContainer {
  /** Held so that the level set on it is not lost to garbage collection. */
  private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");

  private final boolean asyncSupported;
  private Tomcat tomcat;
  private Path baseDir;

  /** Servlets registered async-supported, as they should be. */
  public TomcatContainer() {
    this(true);
  }

  /** Servlets registered async-supported or, to test the fallback, not. */
  public TomcatContainer(boolean asyncSupported) {
    this.asyncSupported = asyncSupported;
  }

  @Override
  public String start(Map<String, HttpServlet> servlets) throws Exception {
    TOMCAT_LOG.setLevel(Level.WARNING);
    baseDir = Files.createTempDirectory("crmcards-tomcat");
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    // As few request threads as the Jetty fixture, so that tests can exhaust them.
    connector.setProperty("maxThreads", "16");
    tomcat.setConnector(connector);
    int n = 0;
    for (Map.Entry<String, HttpServlet> entry : servlets.entrySet()) {
      StandardContext context =
          (StandardContext) tomcat.addContext(entry.getKey(), baseDir.toString());
      // Leak detection needs --add-opens and only warns about the test JVM's own threads.
      context.setClearReferencesThreadLocals(false);
      context.setClearReferencesRmiTargets(false);
      String name = "cards" + n++;
      Tomcat.addServlet(context, name, entry.getValue()).setAsyncSupported(asyncSupported);
      context.addServletMapping("/*", name);
    }
    tomcat.start();
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
    if (baseDir != null) {
      try (Stream<Path> files = Files.walk(baseDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(TomcatContainer::delete);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
