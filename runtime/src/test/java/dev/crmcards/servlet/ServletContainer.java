package dev.crmcards.servlet;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;

/** An embedded servlet container on 127.0.0.1 and an ephemeral port (also used by the examples' tests). */
public interface ServletContainer {

  /**
   * Mounts each servlet at {@code /*} of its context and starts.
   *
   * @param servlets by context path ({@code ""} for the root context)
   * @return the base URL, e.g. {@code http://127.0.0.1:41234}
   */
  String start(Map<String, HttpServlet> servlets) throws Exception;

  /** Stops and cleans up. */
  void stop() throws Exception;
}
