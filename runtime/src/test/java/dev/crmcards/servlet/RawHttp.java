package dev.crmcards.servlet;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, so that a test decides every byte of the request and sees every
 * byte of the answer. Only what the tests need: one request at a time, answers with {@code
 * Content-Length}, chunked or closed-delimited bodies, interim 1xx answers skipped.
 */
public final class RawHttp {
  private static final int MAX_HEAD = 64 * 1024;

  private RawHttp() {}

  /** An answer as received; status 0 for an HTTP/0.9-style answer without status line. */
  public record Response(int status, List<String[]> headers, byte[] body) {
    /** The first value of a header, case-insensitively; {@code null} if absent. */
    public String header(String name) {
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          return header[1];
        }
      }
      return null;
    }
  }

  /**
   * Sends {@code request} on a new connection, half-closes it (so that a truncated request ends
   * there) and reads one answer.
   *
   * @return the answer, or {@code null} if the server closed the connection without answering
   * @throws java.net.SocketTimeoutException if the server neither answers nor closes in time
   */
  public static Response once(int port, byte[] request, int timeoutMillis, boolean head)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.setSoLinger(true, 0);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer (and close) before reading everything, e.g. a too-long header.
      }
      InputStream in = new BufferedInputStream(socket.getInputStream());
      try {
        return read(in, head);
      } catch (EOFException e) {
        return null;
      } catch (java.net.SocketException e) {
        // reset by the server after an early answer it already sent, or without one
        return null;
      }
    }
  }

  /** A kept-alive connection for request after request. */
  public static final class Connection implements Closeable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    public Connection(int port, int timeoutMillis) throws IOException {
      socket = new Socket();
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
    }

    public Response send(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      return read(in, false);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  static Response read(InputStream in, boolean head) throws IOException {
    while (true) {
      String statusLine = line(in);
      String[] parts = statusLine.split(" ", 3);
      if (!statusLine.startsWith("HTTP/")) {
        // Tomcat answers a request line it cannot parse at all the HTTP/0.9 way: a body, no head.
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        rest.writeBytes((statusLine + "\n").getBytes(ISO_8859_1));
        rest.writeBytes(in.readAllBytes());
        return new Response(0, List.of(), rest.toByteArray());
      }
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP/1 status line: " + statusLine);
      }
      int status = Integer.parseInt(parts[1]);
      List<String[]> headers = new ArrayList<>();
      int headBytes = statusLine.length();
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        headBytes += line.length();
        if (headBytes > MAX_HEAD) {
          throw new IOException("answer head too long");
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new IOException("malformed answer header: " + line);
        }
        headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
      }
      if (status >= 100 && status < 200) {
        continue;
      }
      Response partial = new Response(status, headers, new byte[0]);
      if (head || status == 204 || status == 304) {
        return partial;
      }
      String encoding = partial.header("Transfer-Encoding");
      String length = partial.header("Content-Length");
      byte[] body;
      if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
        body = chunked(in);
      } else if (length != null) {
        body = in.readNBytes(Integer.parseInt(length));
        if (body.length != Integer.parseInt(length)) {
          throw new EOFException("answer body cut short");
        }
      } else {
        body = in.readAllBytes();
      }
      return new Response(status, headers, body);
    }
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!line(in).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(n);
      if (chunk.length != n) {
        throw new EOFException("chunk cut short");
      }
      body.write(chunk);
      line(in);
    }
  }

  /** One line without its CRLF (or LF), as ISO-8859-1. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(80);
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, n, ISO_8859_1);
      }
      line.write(b);
      if (line.size() > MAX_HEAD) {
        throw new IOException("answer line too long");
      }
    }
  }
}
