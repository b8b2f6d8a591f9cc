package dev.crmcards.load;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yardstick for the example server: the same Jetty set up the same way, with a servlet that
 * answers every request with fixed bytes (the example server's data-fetch answer) and the same
 * headers, and does nothing else: no routing, no signature, no handler, no JSON writing.
 *
 * <p>{@code java -cp crmcards-load.jar dev.crmcards.load.BareServer BODY_FILE}; environment {@code
 * PORT} (default 8081). Listens on 127.0.0.1 only.
 */
public final class BareServer {
  private BareServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BareServer BODY_FILE");
      System.exit(2);
    }
    byte[] body = Files.readAllBytes(Path.of(args[0]));
    LoadJetty.start("bare", new FixedAnswer(body), false, 8081).join();
  }

  /** Writes the same status, headers and bytes as the card servlet's data fetch. */
  static final class FixedAnswer extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient byte[] body;

    FixedAnswer(byte[] body) {
      this.body = body;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
