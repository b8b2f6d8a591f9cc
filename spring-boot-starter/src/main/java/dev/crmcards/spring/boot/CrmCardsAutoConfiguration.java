package dev.crmcards.spring.boot;

import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.RequestObserver;
import dev.crmcards.micrometer.MicrometerCardObserver;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardSettings;
import dev.crmcards.servlet.CrmCardsServlet;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.FormContentFilter;

/**
 * Serves every generated card whose {@code Handler} is a bean (and every {@link CardRoutes} bean)
 * on one {@link CrmCardsServlet}, configured by {@link CrmCardsProperties}, with Micrometer metrics
 * when the application has a {@link MeterRegistry}.
 *
 * <p>The servlet is mapped to the cards' own paths (or {@code crmcards.path}), so Spring MVC keeps
 * every other path; Spring's form filters are kept away from the cards' requests.
 */
@AutoConfiguration(
    afterName = {
      // Spring Boot 3.5 and 4.0 names of the auto-configuration that makes the MeterRegistry.
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(CrmCardsServlet.class)
@ConditionalOnProperty(prefix = CrmCardsProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CrmCardsProperties.class)
public class CrmCardsAutoConfiguration {

  private static final Log LOG = LogFactory.getLog(CrmCardsAutoConfiguration.class);

  /** The name the cards' servlet is registered under. */
  public static final String SERVLET_NAME = "crmCardsServlet";

  /** The one servlet of all the application's cards; a bean of this name replaces it. */
  @Bean(SERVLET_NAME)
  @ConditionalOnMissingBean(name = SERVLET_NAME)
  @Conditional(OnCardBeansCondition.class)
  public ServletRegistrationBean<CrmCardsServlet> crmCardsServlet(
      CrmCardsProperties properties,
      ListableBeanFactory beans,
      ObjectProvider<RequestObserver> observer,
      ObjectProvider<ReplayStore> replayStore,
      Environment environment) {
    List<CardRoutes> cards = CardBeans.routes(beans);
    CardSettings settings =
        CrmCardsSettings.of(properties, observer.getIfAvailable(() -> RequestObserver.NONE),
            replayStore.getIfAvailable(), cards);
    String mountPath = mountPath(settings, environment);
    List<String> patterns;
    if (properties.getPath().isEmpty()) {
      patterns = ServletMappings.derive(cards, mountPath);
    } else {
      patterns = checkedPatterns(properties.getPath());
      ServletMappings.checkReach(cards, mountPath, patterns);
    }
    ServletRegistrationBean<CrmCardsServlet> registration =
        new ServletRegistrationBean<>(
            new CrmCardsServlet(cards, settings), patterns.toArray(new String[0]));
    registration.setName(SERVLET_NAME);
    registration.setAsyncSupported(true);
    registration.setLoadOnStartup(1);
    LOG.info("serving the cards " + cards.stream().map(CardRoutes::cardName).toList() + " at "
        + patterns + " (" + settings + ")");
    return registration;
  }

  /**
   * The patterns of {@code crmcards.path} if each is one a servlet container takes: {@code
   * /path/*}, {@code /exact}, {@code *.extension} or {@code /}. Said here by the property's name,
   * rather than by the container's own words about a url-pattern.
   */
  private static List<String> checkedPatterns(List<String> patterns) {
    for (String pattern : patterns) {
      // A * only as the last segment of a path, or as the start of an extension.
      int star = pattern.indexOf('*');
      boolean path = pattern.startsWith("/") && (star < 0 || (pattern.endsWith("/*") && star == pattern.length() - 1));
      boolean extension =
          pattern.startsWith("*.") && pattern.length() > 2 && pattern.indexOf('/') < 0 && pattern.indexOf('*', 1) < 0;
      if (!path && !extension) {
        throw new InvalidPropertyException(CrmCardsProperties.PREFIX + ".path", "\"" + pattern + "\" is not a"
            + " servlet mapping; write /path/* for everything below /path, /path for that path alone, or leave "
            + CrmCardsProperties.PREFIX + ".path out to map the cards' own routes", null);
      }
    }
    return patterns;
  }

  /** What lies in front of the servlet context in a route's path. */
  private static String mountPath(CardSettings settings, Environment environment) {
    String base =
        settings.publicBaseUrl()
            .map(url -> URI.create(url).getRawPath())
            .orElseGet(() -> environment.getProperty("server.servlet.context-path", ""));
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Keeps Spring's form filters off the cards' requests. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(FormContentFilter.class)
  @Conditional(OnCardBeansCondition.class)
  static class FormFilters {
    @Bean
    static FormFilterExemption crmCardsFormFilterExemption() {
      return new FormFilterExemption(SERVLET_NAME);
    }
  }

  /** Records {@code crmcards.requests} and {@code crmcards.signature.failures}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean(RequestObserver.class)
    MicrometerCardObserver crmCardsRequestObserver(MeterRegistry registry) {
      return new MicrometerCardObserver(registry);
    }
  }
}
