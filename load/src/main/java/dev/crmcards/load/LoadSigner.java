package dev.crmcards.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.signature.SignatureVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Signs the data-fetch request that {@code load/run.sh} sends with wrk, the way HubSpot signs it:
 * for the URL HubSpot calls, the card's declared {@code https://www.example.com/demo-fetch?…},
 * whatever local address wrk sends it to.
 *
 * <ul>
 *   <li>{@code v2 URL SECRET}: prints the two v2 headers, one per line ({@code Name: value}); v2
 *       has no timestamp, so one signature serves the whole run.
 *   <li>{@code v3 URL SECRET SECONDS PER_SECOND FILE}: writes, for each second from now until
 *       {@code SECONDS} from now, {@code PER_SECOND} v3 signatures with distinct timestamps in that
 *       second, one per line: {@code epochSecond TAB timestampMillis TAB signature}. wrk's Lua
 *       script picks the lines of the current second, so every request carries a fresh timestamp
 *       and the server computes a new HMAC each time (wrk's Lua has no HMAC of its own).
 *   <li>{@code fetch URL SIGNED_URL SECRET FILE}: sends the request to {@code URL}, signed for
 *       {@code SIGNED_URL} (v2 and v3, as HubSpot does), fails unless the answer is 200, and
 *       saves the answer's body to {@code FILE}.
 * </ul>
 */
public final class LoadSigner {
  private LoadSigner() {}

  private static void fetch(String url, String signedUrl, String secret, Path file)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    SignatureVerifier.signedHeaders(secret, "GET", signedUrl, null, System.currentTimeMillis())
        .forEach(request::header);
    HttpResponse<byte[]> response;
    try {
      response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (response.statusCode() != 200) {
      System.err.println("GET " + url + " answered " + response.statusCode() + ": "
          + new String(response.body(), UTF_8));
      System.exit(1);
    }
    Files.write(file, response.body());
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("v2")) {
      String signature = SignatureVerifier.signV2(args[2], "GET", args[1], new byte[0]);
      System.out.println(SignatureVerifier.SIGNATURE_HEADER + ": " + signature);
      System.out.println(SignatureVerifier.SIGNATURE_VERSION_HEADER + ": v2");
      return;
    }
    if (args.length == 6 && args[0].equals("v3")) {
      String url = args[1];
      String secret = args[2];
      int seconds = Integer.parseInt(args[3]);
      int perSecond = Integer.parseInt(args[4]);
      long first = System.currentTimeMillis() / 1000;
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), UTF_8))) {
        for (long second = first; second <= first + seconds; second++) {
          for (int i = 0; i < perSecond; i++) {
            long timestamp = second * 1000 + (i * 1000L / perSecond);
            String signature = SignatureVerifier.signV3(secret, "GET", url, null, timestamp);
            out.print(second + "\t" + timestamp + "\t" + signature + "\n");
          }
        }
      }
      return;
    }
    if (args.length == 5 && args[0].equals("fetch")) {
      fetch(args[1], args[2], args[3], Path.of(args[4]));
      return;
    }
    System.err.println("usage: LoadSigner v2 URL SECRET | v3 URL SECRET SECONDS PER_SECOND FILE"
        + " | fetch URL SIGNED_URL SECRET FILE");
    System.exit(2);
  }
}
