package dev.crmcards.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Reads and discards, within bounds, the rest of a body too large to serve, so that its client
 * gets the 413. Over HTTP/1 a server that answers and closes while the client is still uploading
 * closes with bytes unread; the kernel then resets the connection, and the reset can destroy the
 * answer before the client reads it. Containers differ in whether they drain for us: Tomcat
 * swallows up to its {@code maxSwallowSize}, but Jetty 12 consumes only what has already arrived
 * ({@code HttpConfiguration.maxUnconsumedRequestContentReads} counts reads, it does not wait), and
 * is configured by whoever deploys the servlet, not by it.
 */
final class RefusedBody {
  /**
   * The most bytes read to be discarded. Four times the default body limit: a client that
   * overshoots by a small multiple still learns why, at the cost of a read as long as a body
   * within a limit set that high. A body declared longer is not read at all: its connection is
   * closed as it stands.
   */
  static final long DRAIN_LIMIT = 4L << 20;

  /**
   * How long draining may go on: a client trickling its body must not hold the thread for the
   * whole limit. Checked between reads, each of which the container's idle timeout bounds.
   */
  static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  private static final int BUFFER_BYTES = 8 * 1024;

  private RefusedBody() {}

  /**
   * Discards the rest of {@code request}'s body if it is short enough to be worth it, and has the
   * connection closed after the answer: whatever of the body is left unread would otherwise be
   * taken for the next request, and a client should not reuse a connection that carried one it
   * was refused. (Tomcat closes after a 413 anyway; Jetty 12 would close without saying so.)
   */
  static void drain(HttpServletRequest request, HttpServletResponse response) {
    if (!request.getProtocol().startsWith("HTTP/1.")) {
      // HTTP/2 and 3 reset only the stream, which cannot take the answer with it.
      return;
    }
    response.setHeader("Connection", "close");
    if (request.getContentLengthLong() > DRAIN_LIMIT) {
      return;
    }
    long deadline = System.nanoTime() + DRAIN_NANOS;
    byte[] buffer = new byte[BUFFER_BYTES];
    long read = 0;
    try {
      InputStream in = request.getInputStream();
      while (read < DRAIN_LIMIT && System.nanoTime() - deadline < 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, DRAIN_LIMIT - read));
        if (n < 0) {
          return;
        }
        read += n;
      }
    } catch (IOException e) {
      // The client is gone or broke the framing: nothing left to answer to.
    }
  }
}
