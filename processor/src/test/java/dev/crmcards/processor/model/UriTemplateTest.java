package dev.crmcards.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class UriTemplateTest {

  @Test
  void literalsSurroundThePlaceholders() {
    assertThat(UriTemplate.parse("https://e.com/a/{id}/b").literals())
        .containsExactly("https://e.com/a/", "/b")
        .inOrder();
    assertThat(UriTemplate.parse("https://e.com/a/{id}").literals()).containsExactly("https://e.com/a/", "").inOrder();
    assertThat(UriTemplate.parse("{base}/a").literals()).containsExactly("", "/a").inOrder();
    assertThat(UriTemplate.parse("https://e.com/{a}{b}?x={c}").literals())
        .containsExactly("https://e.com/", "", "?x=", "")
        .inOrder();
    assertThat(UriTemplate.parse("https://e.com/plain").literals()).containsExactly("https://e.com/plain");
  }
}
