package dev.crmcards.servlet;

import dev.crmcards.core.PipelineSettings;
import java.util.function.Function;

/**
 * How a {@link CardServlet} checks and reads requests: the app's client secret(s), the public base
 * URL when HubSpot reaches the servlet through a proxy, the accepted signature versions, the v3
 * timestamp tolerance and clock, the body size limit, and the deadline and executor of the card's
 * handlers. The options are the core pipeline's ({@link PipelineSettings}, where each is
 * described). Immutable; {@link #toString()} never shows secrets.
 *
 * <pre>{@code
 * CardSettings settings = CardSettings.builder()
 *     .clientSecret(System.getenv("HUBSPOT_CLIENT_SECRET"))
 *     .publicBaseUrl("https://cards.example.com")
 *     .build();
 * }</pre>
 */
public final class CardSettings extends PipelineSettings {

  private CardSettings(Builder builder) {
    super(builder);
  }

  /** Starts settings; a client secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Settings from the environment: {@value #CLIENT_SECRET_VARIABLE} (required; several secrets
   * separated by commas while rotating) and {@value #PUBLIC_BASE_URL_VARIABLE} (optional).
   * Everything else has its default.
   *
   * @throws IllegalStateException if {@value #CLIENT_SECRET_VARIABLE} is not set
   * @throws IllegalArgumentException if a value is invalid
   */
  public static CardSettings fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  static CardSettings fromEnvironment(Function<String, String> environment) {
    return builder().environment(environment).build();
  }

  /** Builds {@link CardSettings}; every option is {@link PipelineSettings.Builder}'s. */
  public static final class Builder extends PipelineSettings.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalStateException if no client secret was set, v1 is accepted while v3 is
     *     required, or both a replay store and a handler guard are set
     */
    @Override
    public CardSettings build() {
      return new CardSettings(this);
    }
  }
}
