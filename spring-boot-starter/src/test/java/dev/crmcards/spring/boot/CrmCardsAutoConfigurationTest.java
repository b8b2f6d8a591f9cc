package dev.crmcards.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmcards.ActionResult;
import dev.crmcards.HttpMethod;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.RequestObserver;
import dev.crmcards.micrometer.MicrometerCardObserver;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CrmCardsServlet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.web.filter.FormContentFilter;

/** What the auto-configuration makes of an application's beans and properties. */
class CrmCardsAutoConfigurationTest {
  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CrmCardsAutoConfiguration.class));

  @Test
  void servesAHandlerBeanAtTheCardsOwnPaths() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> {
          ServletRegistrationBean<?> servlet = registration(context);
          assertThat(servlet.getServletName()).isEqualTo(CrmCardsAutoConfiguration.SERVLET_NAME);
          assertThat(servlet.getUrlMappings())
              .containsExactly("/hubspot/notes", "/hubspot/notes/*");
          assertThat(((CrmCardsServlet) servlet.getServlet()).pipeline().cards())
              .extracting(CardRoutes::cardName)
              .containsExactly("notes");
        });
  }

  @Test
  void appliesTheProperties() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues(
            "crmcards.client-secret=old, new",
            "crmcards.public-base-url=https://cards.example.com/hubspot/",
            "crmcards.accept-local-proxy=true",
            "crmcards.handler-timeout=1500ms",
            "crmcards.max-body-size=64KB",
            "crmcards.path=/notes/*")
        .run(context -> {
          ServletRegistrationBean<?> servlet = registration(context);
          var settings = ((CrmCardsServlet) servlet.getServlet()).settings();
          assertThat(settings.signatureVerifier().secretCount()).isEqualTo(2);
          assertThat(settings.publicBaseUrl()).hasValue("https://cards.example.com/hubspot");
          assertThat(settings.acceptLocalProxy()).isTrue();
          assertThat(settings.handlerTimeout()).isEqualTo(Duration.ofMillis(1500));
          assertThat(settings.maxBodyBytes()).isEqualTo(64 * 1024);
          assertThat(servlet.getUrlMappings()).containsExactly("/notes/*");
        });
  }

  @Test
  void mapsBelowThePublicBaseUrlsPath() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues(
            "crmcards.client-secret=s3cret", "crmcards.public-base-url=https://proxy.example.com/hubspot")
        .run(context -> assertThat(registration(context).getUrlMappings())
            .containsExactly("/notes", "/notes/*"));
  }

  @Test
  void mapsBelowTheContextPath() {
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("in-context")
            .fetch("https://cards.example.com/app/cards/ping", request -> json -> json.rawByte('{'))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret", "server.servlet.context-path=/app")
        .run(context -> assertThat(registration(context).getUrlMappings())
            .containsExactly("/cards/ping"));
  }

  @Test
  void mapsTheDecodedPathAsContainersMatchIt() {
    // Jetty matches /b%C3%BCgs against the pattern as written, so only /bügs reaches the route
    // on every container (the runtime's DecodedServletPatternsTest, on real Jetty and Tomcat).
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("umlaut")
            .fetch("https://cards.example.com/b%C3%BCgs", request -> json -> json.raw(new byte[] {'{', '}'}))
            .hook(HttpMethod.POST, "/b%C3%BCgs/{id}/close", (request, path) -> ActionResult.ok("closed"))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(registration(context).getUrlMappings()).containsExactly("/bügs", "/bügs/*"));
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("slashed")
            .fetch("https://cards.example.com/a%2Fb", request -> json -> json.raw(new byte[] {'{', '}'}))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessageContaining("card 'slashed': its route /a%2Fb has an escaped '/' or '%'")
            .hasMessageContaining("crmcards.path"));
  }

  @Test
  void aMisspeltPropertyFailsTheStartNamingIt() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.hander-timeout=1s")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessageContaining("crmcards.hander-timeout"));
  }

  @Test
  void aPathThatIsNoServletMappingFailsTheStartNamingTheProperty() {
    for (String path : List.of("hubspot", "/hub*spot", "/hubspot/*/x", "*.")) {
      runner
          .withBean(NoteHandler.class)
          .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.path=" + path)
          .run(context -> assertThat(context).getFailure()
              .rootCause()
              .hasMessageContaining("crmcards.path: \"" + path + "\" is not a servlet mapping; write /path/*"));
    }
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.path=/hubspot/*,/exact,*.card,/")
        .run(context -> assertThat(registration(context).getUrlMappings())
            .containsExactly("/hubspot/*", "/exact", "*.card", "/"));
  }

  @Test
  void aPathThatReachesNoRouteFailsTheStartNamingTheRoute() {
    // Note's routes: /hubspot/notes and /hubspot/notes/{id}/archive.
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.path=/other/*")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .isInstanceOf(InvalidPropertyException.class)
            .hasMessageContaining("crmcards.path: [/other/*] reach no request to route /hubspot/notes of card 'notes'"
                + " (/hubspot/notes below the context)")
            .hasMessageContaining("leave crmcards.path out"));
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.path=/hubspot/notes")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessageContaining("route /hubspot/notes/{id}/archive of card 'notes' (/hubspot/notes/{id}/archive below the context)"));
    for (String reaching : List.of("/hubspot/*", "/hubspot/notes,/hubspot/notes/*", "/hubspot/notes,/hubspot/notes/7/archive", "/*", "/")) {
      runner
          .withBean(NoteHandler.class)
          .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.path=" + reaching)
          .run(context -> assertThat(registration(context).getUrlMappings())
              .containsExactly(reaching.split(",")));
    }
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("extension")
            .fetch("https://cards.example.com/app/ping.card", request -> json -> json.rawByte('{'))
            .build())
        .withPropertyValues(
            "crmcards.client-secret=s3cret", "server.servlet.context-path=/app", "crmcards.path=*.card")
        .run(context -> assertThat(registration(context).getUrlMappings()).containsExactly("*.card"));
  }

  @Test
  void servesCardRoutesBeansToo() {
    runner
        .withBean("handMade", CardRoutes.class, () -> CardRoutes.builder("hand-made")
            .hook(HttpMethod.POST, "/hooks/ping", (request, path) -> ActionResult.ok("pong"))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(registration(context).getUrlMappings())
            .containsExactly("/hooks/ping"));
  }

  @Test
  void servesNothingAndNeedsNoSecretWithoutCards() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
    });
  }

  @Test
  void servesNothingWhenDisabled() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ServletRegistrationBean.class));
  }

  @Test
  void failsNamingThePropertyWithoutASecret() {
    runner
        .withBean(NoteHandler.class)
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .isInstanceOf(MissingClientSecretException.class)
            .hasMessageContaining("crmcards.client-secret")
            .hasMessageContaining("[notes]"));
  }

  @Test
  void refusesAPlaceholderNoVariableResolvedAsTheSecret() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=${CRMCARDS_TEST_VARIABLE_NOBODY_SETS}")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessageContaining("crmcards.client-secret: it is an unresolved ${...} placeholder")
            .hasMessageNotContaining("CRMCARDS_TEST_VARIABLE_NOBODY_SETS"));
  }

  @Test
  void failsNamingThePropertyWithAnInvalidValue() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.public-base-url=ftp://x")
        .run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining("crmcards.public-base-url: publicBaseUrl must be"));
  }

  @Test
  void failsNamingBothBeansWhenTwoAnswerOneCard() {
    runner
        .withBean("first", NoteHandler.class)
        .withBean("second", NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessageContaining("'first'")
            .hasMessageContaining("'second'")
            .hasMessageContaining("'notes'"));
  }

  @Test
  void aCardAtItsMountPointMapsTheContextRootAloneNotSpringMvcsSlash() {
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("root")
            .fetch("https://cards.example.com", request -> json -> json.raw(new byte[] {'{', '}'}))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(registration(context).getUrlMappings()).containsExactly(""));
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("mounted")
            .fetch("https://cards.example.com/hubspot", request -> json -> json.raw(new byte[] {'{', '}'}))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.public-base-url=https://cards.example.com/hubspot")
        .run(context -> assertThat(registration(context).getUrlMappings()).containsExactly(""));
  }

  @Test
  void aBareNumberOfHandlerTimeoutIsSecondsAndAnOversizedBodyLimitIsNamedAsWritten() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.handler-timeout=4")
        .run(context -> assertThat(((CrmCardsServlet) registration(context).getServlet()).settings().handlerTimeout())
            .isEqualTo(Duration.ofSeconds(4)));
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.max-body-size=4GB")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessage("crmcards.max-body-size: 4294967296B is larger than the largest limit, 1073741824B"));
  }

  @Test
  void usesTheApplicationsReplayStoreAndRequiresV3UnlessToldOtherwise() {
    ReplayStore store = ReplayStore.inMemory();
    runner
        .withBean(NoteHandler.class)
        .withBean(ReplayStore.class, () -> store)
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> {
          var settings = ((CrmCardsServlet) registration(context).getServlet()).settings();
          assertThat(settings.replayStore()).containsSame(store);
          assertThat(settings.requireV3()).isTrue();
        });
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret", "crmcards.require-v3=false")
        .run(context -> {
          var settings = ((CrmCardsServlet) registration(context).getServlet()).settings();
          assertThat(settings.replayStore()).isEmpty();
          assertThat(settings.requireV3()).isFalse();
        });
  }

  @Test
  void refusesToTakeEveryPathForARouteStartingWithAPlaceholder() {
    runner
        .withBean(CardRoutes.class, () -> CardRoutes.builder("greedy")
            .hook(HttpMethod.POST, "/{id}", (request, path) -> ActionResult.ok("no"))
            .build())
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(context).getFailure()
            .rootCause()
            .hasMessageContaining("card 'greedy'")
            .hasMessageContaining("crmcards.path"));
  }

  @Test
  void recordsMetricsWhenTheApplicationHasAMeterRegistry() {
    runner
        .withBean(NoteHandler.class)
        .withBean(SimpleMeterRegistry.class)
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> {
          assertThat(context).hasSingleBean(MicrometerCardObserver.class);
          assertThat(((CrmCardsServlet) registration(context).getServlet()).settings().observer())
              .isSameAs(context.getBean(RequestObserver.class));
        });
  }

  @Test
  void observesNothingWithoutAMeterRegistry() {
    runner
        .withBean(NoteHandler.class)
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> {
          assertThat(context).doesNotHaveBean(RequestObserver.class);
          assertThat(((CrmCardsServlet) registration(context).getServlet()).settings().observer())
              .isSameAs(RequestObserver.NONE);
        });
  }

  @Test
  void putsTheFormFilterBehindTheCardsExemption() {
    runner
        .withBean(NoteHandler.class)
        .withBean("formContentFilter", FormContentFilter.class)
        .withPropertyValues("crmcards.client-secret=s3cret")
        .run(context -> assertThat(context.getBean("formContentFilter"))
            .isInstanceOfSatisfying(CardPathsExemptFilter.class,
                filter -> assertThat(filter.delegate()).isInstanceOf(FormContentFilter.class)));
  }

  private static ServletRegistrationBean<?> registration(
      org.springframework.context.ApplicationContext context) {
    return context.getBean(ServletRegistrationBean.class);
  }
}
