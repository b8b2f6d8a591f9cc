package dev.crmcards.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.servlet.CrmCardsServlet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingTest {

  static final FetchRoute FETCH = request -> json -> json.rawByte('{');
  static final HookRoute HOOK = (request, path) -> ActionResult.ok("ok");

  static RouteTable table(CardRoutes... cards) {
    return new RouteTable(List.of(cards));
  }

  @Test
  void generatedStyleRoutes() {
    CardRoutes routes =
        CardRoutes.builder("bugs")
            .fetch("/demo-fetch", FETCH)
            .hook(HttpMethod.PUT, "/tickets/{id}/resolve", HOOK)
            .build();
    assertThat(routes.cardName()).isEqualTo("bugs");
    assertThat(routes).hasToString("bugs[GET /demo-fetch, PUT /tickets/{id}/resolve]");

    RouteTable.Lookup hit = table(routes).find("PUT", "/tickets/42/resolve");
    assertThat(hit.route.hook).isSameAs(HOOK);
    assertThat(hit.parameters.asMap()).containsExactly(Map.entry("id", "42"));
    assertThat(hit.parameters.longValue("id")).isEqualTo(42);

    RouteTable.Lookup fetch = table(routes).find("GET", "/demo-fetch");
    assertThat(fetch.route.fetch).isSameAs(FETCH);
    assertThat(fetch.parameters.names()).isEmpty();
  }

  @Test
  void wrongMethodReportsTheAllowedOnes() {
    RouteTable table = table(CardRoutes.builder("c")
        .hook(HttpMethod.DELETE, "/t/{id}", HOOK)
        .hook(HttpMethod.GET, "/t/{id}", HOOK)
        .hook(HttpMethod.PATCH, "/t/special", HOOK)
        .build());
    RouteTable.Lookup miss = table.find("PUT", "/t/1");
    assertThat(miss.route).isNull();
    assertThat(miss.allowed).containsExactly(HttpMethod.GET, HttpMethod.DELETE);
    assertThat(table.find("PUT", "/t/special").allowed)
        .containsExactly(HttpMethod.GET, HttpMethod.DELETE, HttpMethod.PATCH);
    assertThat(table.find("HEAD", "/t/1").allowed).isNotEmpty();
    assertThat(table.find("GET", "/u/1").allowed).isEmpty();
    assertThat(table.find("GET", "/t/1/x").allowed).isEmpty();
  }

  @Test
  void placeholdersMatchExactlyOneNonEmptySegment() {
    RouteTable table = table(CardRoutes.builder("c").hook(HttpMethod.GET, "/t/{id}", HOOK).build());
    assertThat(table.find("GET", "/t/1").route).isNotNull();
    assertThat(table.find("GET", "/t/").route).isNull();
    assertThat(table.find("GET", "/t").route).isNull();
    assertThat(table.find("GET", "/t/1/").route).isNull();
    assertThat(table.find("GET", "/t/a%2Fb").parameters.string("id")).isEqualTo("a/b");
  }

  @Test
  void segmentsAreDecodedOnceAndPlusStays() {
    RouteTable table = table(CardRoutes.builder("c")
        .hook(HttpMethod.GET, "/caf%C3%A9/{name}", HOOK).build());
    RouteTable.Lookup hit = table.find("GET", "/caf%c3%a9/a%2520b+c");
    assertThat(hit.route).isNotNull();
    assertThat(hit.parameters.string("name")).isEqualTo("a%20b+c");
    assertThat(table.find("GET", "/caf\u00e9/x").route).isNotNull();
    assertThat(table.find("GET", "/cafe/x").route).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/t/%zz", "/t/%C3", "/t/%", "/t/%E2%82"})
  void malformedSegmentsAreBadRequests(String path) {
    RouteTable table = table(CardRoutes.builder("c").hook(HttpMethod.GET, "/t/{id}", HOOK).build());
    assertThatThrownBy(() -> table.find("GET", path))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("malformed percent-encoding in the path");
  }

  @Test
  void theRootPath() {
    RouteTable table = table(CardRoutes.builder("c").fetch("/", FETCH).build());
    assertThat(table.find("GET", "/").route).isNotNull();
    assertThat(table.find("GET", "/x").route).isNull();
  }

  @Test
  void literalsWinOverPlaceholdersWhateverTheOrder() {
    HookRoute literal = (request, path) -> ActionResult.ok("literal");
    RouteTable table = table(CardRoutes.builder("c")
        .hook(HttpMethod.GET, "/{a}/{b}", HOOK)
        .hook(HttpMethod.GET, "/x/{b}", literal)
        .hook(HttpMethod.GET, "/{a}/y", HOOK)
        .build());
    assertThat(table.find("GET", "/x/y").route.hook).isSameAs(literal);
    assertThat(table.find("GET", "/z/y").route.path).hasToString("/{a}/y");
    assertThat(table.find("GET", "/z/z").route.path).hasToString("/{a}/{b}");
  }

  @Test
  void conflictsWithinACardAreFoundAtBuildTime() {
    assertThatThrownBy(() -> CardRoutes.builder("bugs")
            .hook(HttpMethod.PUT, "/tickets/{id}/resolve", HOOK)
            .hook(HttpMethod.PUT, "/tickets/{ticket}/resolve", HOOK)
            .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("card 'bugs'")
        .hasMessageContaining("PUT /tickets/{id}/resolve")
        .hasMessageContaining("PUT /tickets/{ticket}/resolve");
    assertThatThrownBy(() -> CardRoutes.builder("bugs")
            .fetch("/bugs", FETCH)
            .hook(HttpMethod.GET, "/b%75gs", HOOK)
            .build())
        .isInstanceOf(IllegalStateException.class);
    // Other method or other shape: no conflict.
    CardRoutes.builder("bugs")
        .fetch("/bugs", FETCH)
        .hook(HttpMethod.POST, "/bugs", HOOK)
        .hook(HttpMethod.GET, "/bugs/{id}", HOOK)
        .hook(HttpMethod.GET, "/bugs/new", HOOK)
        .build();
  }

  @Test
  void conflictsBetweenCardsNameBothCards() {
    CardRoutes bugs = CardRoutes.builder("bugs").fetch("/items", FETCH).build();
    CardRoutes deals = CardRoutes.builder("deals").hook(HttpMethod.GET, "/items", HOOK).build();
    CardSettings settings = CardSettings.builder().clientSecret("s").build();
    assertThatThrownBy(() -> new CrmCardsServlet(settings, bugs, deals))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bugs'")
        .hasMessageContaining("'deals'")
        .hasMessageContaining("GET /items");
    CardRoutes other = CardRoutes.builder("other").hook(HttpMethod.GET, "/{kind}", HOOK).build();
    assertThat(new CrmCardsServlet(settings, bugs, other).getServletInfo())
        .isEqualTo("crmcards servlet for bugs, other");
    assertThatThrownBy(() -> new CrmCardsServlet(settings, bugs, bugs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two cards are named 'bugs'");
    assertThatThrownBy(() -> new CrmCardsServlet(List.of(), settings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twentyFiveCardsUnderOneServlet() {
    CardRoutes[] cards = new CardRoutes[25];
    for (int i = 0; i < cards.length; i++) {
      cards[i] = CardRoutes.builder("card" + i)
          .fetch("/cards/" + i, FETCH)
          .hook(HttpMethod.POST, "/cards/" + i + "/{id}/close", HOOK)
          .build();
    }
    RouteTable table = new RouteTable(List.of(cards));
    assertThat(table.find("GET", "/cards/17").route.card).isEqualTo("card17");
    assertThat(table.find("POST", "/cards/24/5/close").route.card).isEqualTo("card24");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "relative", "/a?b=c", "/a#frag", "/{id", "/x{id}", "/{1id}",
      "/{a}/{a}", "/%zz", "/{}", "/a}"})
  void invalidPaths(String path) {
    assertThatThrownBy(() -> CardRoutes.builder("c").fetch(path, FETCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cardNamesAndHandlersAreRequired() {
    assertThatThrownBy(() -> CardRoutes.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardRoutes.builder("c").fetch("/x", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CardRoutes.builder("c").hook(null, "/x", HOOK))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theRoutePathIsThePathOfTheSignedUrl() {
    assertThat(CardPipeline.pathOf("https://h.example/a/b?c=/d")).isEqualTo("/a/b");
    assertThat(CardPipeline.pathOf("http://127.0.0.1:8080/x%2Fy")).isEqualTo("/x%2Fy");
    assertThat(CardPipeline.pathOf("https://h.example")).isEqualTo("/");
    assertThat(CardPipeline.pathOf("https://h.example?x=1")).isEqualTo("/");
    assertThat(CardPipeline.pathOf("https://h.example/p#f")).isEqualTo("/p");
  }
}
