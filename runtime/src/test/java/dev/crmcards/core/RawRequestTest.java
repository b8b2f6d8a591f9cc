package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RawRequestTest {

  private static RawRequest fromUrl(String url) {
    return RawRequest.of("GET", url, Map.of(), null);
  }

  @Test
  void anAbsoluteUrlIsSplitIntoRawPathAndQuery() {
    RawRequest request = fromUrl("https://h.example/a/b%2Fc?x=1&y=%2F/d");
    assertThat(request.path()).isEqualTo("/a/b%2Fc");
    assertThat(request.query()).isEqualTo("x=1&y=%2F/d");
    assertThat(request.pathAndQuery()).isEqualTo("/a/b%2Fc?x=1&y=%2F/d");
    assertThat(request.url()).isEqualTo("https://h.example/a/b%2Fc?x=1&y=%2F/d");
  }

  @Test
  void aUrlWithoutPathOrQueryOrWithAFragment() {
    assertThat(fromUrl("https://h.example").path()).isEqualTo("/");
    assertThat(fromUrl("https://h.example").query()).isNull();
    assertThat(fromUrl("https://h.example?x=1").pathAndQuery()).isEqualTo("/?x=1");
    RawRequest fragment = fromUrl("https://h.example/p?q=1#f?g");
    assertThat(fragment.query()).isEqualTo("q=1");
    assertThat(fragment.url()).isEqualTo("https://h.example/p?q=1");
    assertThat(fromUrl("https://h.example/p?").query()).isEmpty();
  }

  @Test
  void aSlashInTheQueryOfAUrlWithoutPathIsNotItsPath() {
    RawRequest request = fromUrl("https://h.example?next=/tickets/1");
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.query()).isEqualTo("next=/tickets/1");
  }

  @Test
  void givenInPartsTheOriginIsAskedForOnlyWhenTheWholeUrlIsNeeded() {
    AtomicInteger asked = new AtomicInteger();
    RawRequest request = RawRequest.of("GET", () -> {
      asked.incrementAndGet();
      return "http://127.0.0.1:8080";
    }, "/demo-fetch", "userId=1&email=a%40b.example", name -> null, RawRequest.Body.EMPTY);
    assertThat(request.path()).isEqualTo("/demo-fetch");
    assertThat(request.query()).isEqualTo("userId=1&email=a%40b.example");
    assertThat(request.pathAndQuery()).isEqualTo("/demo-fetch?userId=1&email=a%40b.example");
    assertThat(asked).hasValue(0);
    assertThat(request.url()).isEqualTo("http://127.0.0.1:8080/demo-fetch?userId=1&email=a%40b.example");
    assertThat(request.mountedAt("/app").url()).isEqualTo(request.url());
    assertThat(asked).hasValue(1);
  }

  @Test
  void givenInPartsWithoutQuery() {
    RawRequest request = RawRequest.of("PUT", () -> "https://h.example", "/tickets/1", null,
        name -> null, RawRequest.Body.EMPTY);
    assertThat(request.pathAndQuery()).isEqualTo("/tickets/1");
    assertThat(request.url()).isEqualTo("https://h.example/tickets/1");
  }

  @Test
  void givenInPartsThePathMustStartWithASlash() {
    assertThatThrownBy(() -> RawRequest.of("GET", () -> "https://h.example", "tickets", null,
            name -> null, RawRequest.Body.EMPTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the path must start with '/'");
  }

  @Test
  void itsTextLeavesOutTheQuery() {
    assertThat(fromUrl("https://h.example/p?email=someone%40example.com"))
        .hasToString("RawRequest[GET https://h.example/p]");
  }
}
