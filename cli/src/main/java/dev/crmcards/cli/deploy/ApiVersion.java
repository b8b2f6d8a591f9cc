package dev.crmcards.cli.deploy;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which of HubSpot's paths the card-definition API is called on: the dated 2026-03 paths, or the
 * v3 paths, which HubSpot stops supporting in September 2027 (HUBSPOT-SPEC §12).
 */
public enum ApiVersion {
  /** {@code /crm/extensions/cards-dev/2026-03/{appId}}. */
  V2026_03("2026-03", "/crm/extensions/cards-dev/2026-03/"),
  /** {@code /crm/v3/extensions/cards-dev/{appId}}. */
  V3("v3", "/crm/v3/extensions/cards-dev/");

  private final String id;
  private final String root;

  ApiVersion(String id, String root) {
    this.id = id;
    this.root = root;
  }

  /** {@code 2026-03} or {@code v3}, as the option takes it. */
  public String id() {
    return id;
  }

  /** Whether a new card must say its {@code fetch.cardType}: on the dated paths. */
  public boolean requiresCardType() {
    return this != V3;
  }

  /** The path of an app's cards, e.g. {@code /crm/extensions/cards-dev/2026-03/123}. */
  public String appPath(long appId) {
    return root + appId;
  }

  /** The version named {@code 2026-03} or {@code v3}, in any case. */
  public static ApiVersion parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(v -> v.id.equals(wanted))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(
                "unknown API version '" + text + "'; use 2026-03 (the default) or v3"));
  }

  @Override
  public String toString() {
    return id;
  }
}
