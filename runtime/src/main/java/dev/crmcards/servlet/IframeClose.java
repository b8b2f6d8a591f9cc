package dev.crmcards.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Closes the modal of an {@link dev.crmcards.ActionType#IFRAME} action: the page inside the iframe
 * posts {@code {"action": "DONE"}} (success) or {@code {"action": "CANCEL"}} to {@code
 * window.parent}, and HubSpot closes the modal and returns to the record.
 *
 * <p>Use the script constants in your own pages, or answer the final request of the iframe flow
 * with {@link #sendDone(HttpServletResponse)} or {@link #sendCancel(HttpServletResponse)}.
 */
public final class IframeClose {

  /** Tells HubSpot the iframe action succeeded. */
  public static final String DONE_SCRIPT =
      "window.parent.postMessage(JSON.stringify({\"action\": \"DONE\"}), \"*\");";

  /** Tells HubSpot the iframe action was cancelled. */
  public static final String CANCEL_SCRIPT =
      "window.parent.postMessage(JSON.stringify({\"action\": \"CANCEL\"}), \"*\");";

  private IframeClose() {}

  /** A complete HTML page that runs {@link #DONE_SCRIPT}. */
  public static String donePage() {
    return page("Done", DONE_SCRIPT);
  }

  /** A complete HTML page that runs {@link #CANCEL_SCRIPT}. */
  public static String cancelPage() {
    return page("Cancelled", CANCEL_SCRIPT);
  }

  /** Answers 200 with {@link #donePage()}. */
  public static void sendDone(HttpServletResponse response) throws IOException {
    send(response, donePage());
  }

  /** Answers 200 with {@link #cancelPage()}. */
  public static void sendCancel(HttpServletResponse response) throws IOException {
    send(response, cancelPage());
  }

  private static String page(String title, String script) {
    return "<!DOCTYPE html>\n"
        + "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
        + "<body><script>" + script + "</script></body></html>\n";
  }

  private static void send(HttpServletResponse response, String page) throws IOException {
    byte[] bytes = page.getBytes(UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
