package dev.crmcards.servlet;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * A client that uploads a body piece by piece, as one on a slow link does, and only then reads
 * the answer, as most clients do: if the server answered early and closed, whatever the client
 * sent after that makes the server's kernel reset the connection, and the reset destroys the
 * answer before the client reads it.
 */
final class RawUpload {
  /**
   * What the client got: the answer ({@code null} if the connection broke without one), how much
   * of the body it sent, and how long after connecting it had the answer.
   */
  record Outcome(RawHttp.Response response, long bodyBytesSent, long millis) {}

  private final String head;
  private final boolean chunked;
  private int pieceBytes = 1024;
  private long pauseMillis;
  private boolean listening;
  private volatile long answeredNanos;

  private RawUpload(String head, boolean chunked) {
    this.head = head;
    this.chunked = chunked;
  }

  /** A POST announcing {@code length} body bytes with {@code Content-Length}. */
  static RawUpload withLength(String target, long length) {
    return new RawUpload(head(target) + "Content-Length: " + length + "\r\n\r\n", false);
  }

  /** A POST whose body comes in chunks. */
  static RawUpload chunked(String target) {
    return new RawUpload(head(target) + "Transfer-Encoding: chunked\r\n\r\n", true);
  }

  /**
   * A signature header: no signature over a body can be checked before the body is in, and one
   * without any is refused before it is read.
   */
  private static final String CLAIMED_SIGNATURE = "X-HubSpot-Signature-v3: unchecked-until-the-body-is-in\r\n";

  private static String head(String target) {
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\n" + CLAIMED_SIGNATURE;
  }

  /** The same upload without a signature header. */
  RawUpload unsigned() {
    return new RawUpload(head.replace(CLAIMED_SIGNATURE, ""), chunked);
  }

  RawUpload pieces(int bytes, long pauseMillis) {
    this.pieceBytes = bytes;
    this.pauseMillis = pauseMillis;
    return this;
  }

  /**
   * Reads the answer while still sending, and stops sending once it is in, as a careful client
   * does: tells when the server answered, whatever it does with the rest of the body after that.
   */
  RawUpload listening() {
    this.listening = true;
    return this;
  }

  /**
   * Sends the head, then {@code bodyBytes} of body (chunked: then the last chunk), stopping early
   * if the server closes or after {@code timeoutMillis}; then (or meanwhile, if {@linkplain
   * #listening() listening}) reads one answer.
   */
  Outcome send(int port, long bodyBytes, int timeoutMillis) throws IOException {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      CompletableFuture<RawHttp.Response> answer =
          listening ? CompletableFuture.supplyAsync(() -> answer(socket)) : new CompletableFuture<>();
      long sent = upload(socket.getOutputStream(), bodyBytes,
          start + timeoutMillis * 1_000_000L, answer);
      if (!listening) {
        answer.complete(answer(socket));
      }
      RawHttp.Response response = answer.join();
      return new Outcome(response, sent, (answeredNanos - start) / 1_000_000);
    }
  }

  /** The answer, or {@code null} if the connection broke without one. */
  private RawHttp.Response answer(Socket socket) {
    try {
      return RawHttp.read(new BufferedInputStream(socket.getInputStream()), false);
    } catch (EOFException | SocketException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      answeredNanos = System.nanoTime();
    }
  }

  private long upload(OutputStream out, long bodyBytes, long giveUpNanos,
      CompletableFuture<RawHttp.Response> answer) throws IOException {
    byte[] piece = new byte[pieceBytes];
    Arrays.fill(piece, (byte) 'x');
    long sent = 0;
    try {
      out.write(head.getBytes(ISO_8859_1));
      out.flush();
      // A server that reads on and on must fail the test, not hang it.
      while (sent < bodyBytes && System.nanoTime() - giveUpNanos < 0 && !answer.isDone()) {
        int n = (int) Math.min(piece.length, bodyBytes - sent);
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(ISO_8859_1));
        }
        out.write(piece, 0, n);
        if (chunked) {
          out.write("\r\n".getBytes(ISO_8859_1));
        }
        out.flush();
        sent += n;
        if (pauseMillis > 0) {
          Thread.sleep(pauseMillis);
        }
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(ISO_8859_1));
        out.flush();
      }
    } catch (SocketException e) {
      // The server closed: it answered early, or gave up on the body.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while uploading", e);
    }
    return sent;
  }
}
