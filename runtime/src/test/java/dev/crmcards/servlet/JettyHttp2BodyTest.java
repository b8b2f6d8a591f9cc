package dev.crmcards.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.signature.SignatureVerifier;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.http2.api.Session;
import org.eclipse.jetty.http2.api.Stream;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.frames.DataFrame;
import org.eclipse.jetty.http2.frames.HeadersFrame;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hook's body over HTTP/2 (cleartext, prior knowledge), where a request need not say its length:
 * a body sent without {@code content-length} is still read, verified and bounded, on real Jetty.
 */
class JettyHttp2BodyTest {
  private static final String SECRET = "h2-test-secret";
  private static final String ORIGIN = "https://cards.example.test";
  private static final String PATH = "/tickets/7/resolve";
  private static final byte[] BODY = ("{\"userId\":\"1\",\"userEmail\":\"a@b.example\","
      + "\"associatedObjectId\":\"7\",\"associatedObjectType\":\"TICKET\",\"portalId\":\"42\"}")
      .getBytes(UTF_8);

  private Server server;
  private HTTP2Client client;
  private int port;

  @BeforeEach
  void start() throws Exception {
    CardRoutes routes = CardRoutes.builder("tickets")
        .fetch(ORIGIN + "/tickets", request -> json -> json.raw("{\"results\":[]}".getBytes(UTF_8)))
        .hook(HttpMethod.POST, ORIGIN + "/tickets/{id}/resolve", (request, path) ->
            ActionResult.ok("resolved " + path.longValue("id") + " in portal " + request.portalId()))
        .build();
    server = new Server();
    ServerConnector connector =
        new ServerConnector(server, new HTTP2CServerConnectionFactory(new HttpConfiguration()));
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder holder = new ServletHolder(new CardServlet(routes,
        CardSettings.builder().clientSecret(SECRET).maxBodyBytes(1024).build()));
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    server.setHandler(context);
    server.start();
    port = connector.getLocalPort();
    client = new HTTP2Client();
    client.start();
  }

  @AfterEach
  void stop() throws Exception {
    client.stop();
    server.stop();
  }

  /** Status and body of a signed POST whose body goes in DATA frames, its length not given. */
  private String post(byte[] body) throws Exception {
    Map<String, String> signed = SignatureVerifier.signedHeaders(
        SECRET, "POST", ORIGIN + PATH, body, System.currentTimeMillis());
    HttpFields.Mutable fields = HttpFields.build().put("content-type", "application/json");
    signed.forEach(fields::put);
    MetaData.Request request = new MetaData.Request("POST",
        HttpURI.from("http://127.0.0.1:" + port + PATH), HttpVersion.HTTP_2, fields);
    Session session = client.connect(new InetSocketAddress("127.0.0.1", port), new Session.Listener() {})
        .get(5, TimeUnit.SECONDS);
    CompletableFuture<String> answer = new CompletableFuture<>();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    int[] status = new int[1];
    Stream stream = session.newStream(new HeadersFrame(request, null, false), new Stream.Listener() {
      @Override
      public void onHeaders(Stream stream, HeadersFrame frame) {
        if (frame.getMetaData() instanceof MetaData.Response response) {
          status[0] = response.getStatus();
        }
        if (frame.isEndStream()) {
          answer.complete(status[0] + " ");
        } else {
          stream.demand();
        }
      }

      @Override
      public void onDataAvailable(Stream stream) {
        Stream.Data data = stream.readData();
        if (data == null) {
          stream.demand();
          return;
        }
        ByteBuffer bytes = data.frame().getByteBuffer();
        while (bytes.hasRemaining()) {
          received.write(bytes.get());
        }
        data.release();
        if (data.frame().isEndStream()) {
          answer.complete(status[0] + " " + received.toString(UTF_8));
        } else {
          stream.demand();
        }
      }
    }).get(5, TimeUnit.SECONDS);
    // Two frames, so that the body is not in hand when the request starts.
    int half = body.length / 2;
    stream.data(new DataFrame(stream.getId(), ByteBuffer.wrap(body, 0, half), false)).get(5, TimeUnit.SECONDS);
    stream.data(new DataFrame(stream.getId(), ByteBuffer.wrap(body, half, body.length - half), true))
        .get(5, TimeUnit.SECONDS);
    try {
      return answer.get(5, TimeUnit.SECONDS);
    } finally {
      session.close(0, "done", org.eclipse.jetty.util.Callback.NOOP);
    }
  }

  @Test
  void aBodyWithoutItsLengthIsReadAndVerified() throws Exception {
    assertThat(post(BODY)).isEqualTo("200 {\"message\":\"resolved 7 in portal 42\"}");
  }

  @Test
  void aBodyWithoutItsLengthIsStillBounded() throws Exception {
    byte[] large = new byte[1025];
    java.util.Arrays.fill(large, (byte) ' ');
    assertThat(post(large)).isEqualTo("413 {\"message\":\"request body too large\"}");
  }
}
