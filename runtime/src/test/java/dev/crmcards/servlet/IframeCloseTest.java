package dev.crmcards.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IframeCloseTest {

  @Test
  void scriptsPostTheDocumentedMessages() {
    assertThat(IframeClose.DONE_SCRIPT)
        .isEqualTo("window.parent.postMessage(JSON.stringify({\"action\": \"DONE\"}), \"*\");");
    assertThat(IframeClose.CANCEL_SCRIPT)
        .isEqualTo("window.parent.postMessage(JSON.stringify({\"action\": \"CANCEL\"}), \"*\");");
  }

  @Test
  void pagesRunTheScripts() {
    assertThat(IframeClose.donePage())
        .startsWith("<!DOCTYPE html>")
        .contains("<script>" + IframeClose.DONE_SCRIPT + "</script>")
        .doesNotContain("CANCEL");
    assertThat(IframeClose.cancelPage())
        .contains("<script>" + IframeClose.CANCEL_SCRIPT + "</script>")
        .doesNotContain("DONE");
  }

  @Test
  void servedOverHttp() throws Exception {
    HttpServlet servlet = new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        if (request.getRequestURI().endsWith("/done")) {
          IframeClose.sendDone(response);
        } else {
          IframeClose.sendCancel(response);
        }
      }
    };
    JettyContainer container = new JettyContainer();
    try {
      String base = container.start(Map.of("/ui", servlet));
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> done = client.send(
          HttpRequest.newBuilder(URI.create(base + "/ui/done")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(done.statusCode()).isEqualTo(200);
      assertThat(done.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
          .isEqualToIgnoringCase("text/html;charset=UTF-8");
      assertThat(done.body()).isEqualTo(IframeClose.donePage());
      HttpResponse<String> cancel = client.send(
          HttpRequest.newBuilder(URI.create(base + "/ui/cancel")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(cancel.body()).isEqualTo(IframeClose.cancelPage());
    } finally {
      container.stop();
    }
  }
}
