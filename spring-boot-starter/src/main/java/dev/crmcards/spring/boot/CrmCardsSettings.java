package dev.crmcards.spring.boot;

import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.PipelineSettings;
import dev.crmcards.core.RequestObserver;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.servlet.CardSettings;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.util.unit.DataSize;

/** {@link CardSettings} from the {@code crmcards.*} properties. */
final class CrmCardsSettings {

  private CrmCardsSettings() {}

  /**
   * The settings for serving {@code cards}.
   *
   * @throws MissingClientSecretException if no client secret is set
   * @throws InvalidPropertyException naming the property whose value is invalid
   */
  static CardSettings of(
      CrmCardsProperties properties, RequestObserver observer, ReplayStore replayStore,
      List<CardRoutes> cards) {
    List<String> secrets = properties.clientSecrets();
    if (secrets.isEmpty()) {
      throw new MissingClientSecretException(cards.stream().map(CardRoutes::cardName).toList());
    }
    for (String secret : secrets) {
      if (secret.startsWith("${") && secret.endsWith("}")) {
        // Spring binds a placeholder it cannot resolve as its own text: a secret the README prints.
        throw new InvalidPropertyException(CrmCardsProperties.CLIENT_SECRET, "it is an unresolved"
            + " ${...} placeholder: the variable it names is not set. Set it, or write ${NAME:} so that"
            + " a missing variable leaves the property empty and startup says so", null);
      }
    }
    CardSettings.Builder builder = CardSettings.builder().observer(observer);
    set("client-secret", builder, b -> b.clientSecrets(secrets.toArray(new String[0])));
    if (properties.getPublicBaseUrl() != null && !properties.getPublicBaseUrl().isBlank()) {
      set("public-base-url", builder, b -> b.publicBaseUrl(properties.getPublicBaseUrl().strip()));
    }
    builder.acceptLocalProxy(properties.isAcceptLocalProxy());
    builder.requireV3(properties.isRequireV3());
    set("handler-timeout", builder, b -> b.handlerTimeout(properties.getHandlerTimeout()));
    DataSize maxBody = properties.getMaxBodySize();
    if (maxBody.toBytes() > PipelineSettings.LARGEST_MAX_BODY_BYTES) {
      throw new InvalidPropertyException(CrmCardsProperties.PREFIX + ".max-body-size", maxBody
          + " is larger than the largest limit, " + DataSize.ofBytes(PipelineSettings.LARGEST_MAX_BODY_BYTES), null);
    }
    set("max-body-size", builder, b -> b.maxBodyBytes((int) maxBody.toBytes()));
    if (replayStore != null) {
      builder.replayStore(replayStore);
    }
    return builder.build();
  }

  /** Applies one property, naming it if the builder rejects its value. */
  private static void set(String property, CardSettings.Builder builder,
      Consumer<CardSettings.Builder> setting) {
    try {
      setting.accept(builder);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidPropertyException(CrmCardsProperties.PREFIX + "." + property, e.getMessage(), e);
    }
  }
}
