package dev.crmcards.cli.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  @Test
  void encodesEverythingButTheUnreservedCharacters() {
    assertThat(QueryString.encode("loggedinuser@hubspot.com")).isEqualTo("loggedinuser%40hubspot.com");
    assertThat(QueryString.encode("a b&c=d+e/f")).isEqualTo("a%20b%26c%3Dd%2Be%2Ff");
    assertThat(QueryString.encode("Zoë ~._-")).isEqualTo("Zo%C3%AB%20~._-");
  }

  @Test
  void appendsToAnExistingQueryAndDropsTheFragment() {
    List<Param> params = List.of(new Param("userId", "1"), new Param("email", "a@b.co"));
    assertThat(QueryString.append("http://h/p", params)).isEqualTo("http://h/p?userId=1&email=a%40b.co");
    assertThat(QueryString.append("http://h/p?v=2", params)).isEqualTo("http://h/p?v=2&userId=1&email=a%40b.co");
    assertThat(QueryString.append("http://h/p?", params)).isEqualTo("http://h/p?userId=1&email=a%40b.co");
    assertThat(QueryString.append("http://h/p#top", params)).isEqualTo("http://h/p?userId=1&email=a%40b.co");
    assertThat(QueryString.append("http://h/p", List.of())).isEqualTo("http://h/p");
  }
}
