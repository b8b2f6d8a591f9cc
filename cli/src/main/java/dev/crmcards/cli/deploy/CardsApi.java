package dev.crmcards.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.rules.CardTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HubSpot's card-definition API for one app, on the paths of one {@link ApiVersion}: {@code GET}
 * and {@code POST .../{appId}}, {@code PATCH .../{appId}/{cardId}}, and {@code POST
 * .../{appId}/views/migrate}, which swaps a legacy card for an app card in every account.
 */
public final class CardsApi {
  private final ApiClient client;
  private final ApiVersion version;
  private final int appId;
  private final String path;

  public CardsApi(ApiClient client, ApiVersion version, int appId) {
    this.client = client;
    this.version = version;
    this.appId = appId;
    this.path = version.appPath(appId);
  }

  public int appId() {
    return appId;
  }

  public List<RemoteCard> list() throws IOException {
    ApiResponse response = client.send("GET", path, null, RetryGuard.IDEMPOTENT).orElseThrow();
    if (response.status() != 200) {
      throw failure("list the cards of app " + appId, response, "developers-read");
    }
    JsonNode results = response.json().path("results");
    if (!results.isArray()) {
      throw new ApiException(response.status(), "HubSpot's card list for app " + appId + " has no results array");
    }
    List<RemoteCard> cards = new ArrayList<>();
    results.forEach(card -> cards.add(RemoteCard.of(card)));
    return cards;
  }

  /**
   * Creates the card. If HubSpot fails in a way that leaves it unknown whether the card was
   * created, the list is read again before retrying, so that the card is never created twice.
   */
  public RemoteCard create(CardDefinition card) throws IOException {
    AtomicReference<RemoteCard> created = new AtomicReference<>();
    RetryGuard guard =
        () -> {
          Optional<RemoteCard> existing =
              list().stream().filter(c -> c.title().equals(card.title())).findFirst();
          existing.ifPresent(created::set);
          return existing.isPresent();
        };
    Optional<ApiResponse> response = client.send("POST", path, createBody(card), guard);
    if (response.isEmpty()) {
      return created.get();
    }
    if (response.get().status() != 201 && response.get().status() != 200) {
      throw failure("create card '" + card.name() + "' in app " + appId, response.get(), "developers-write");
    }
    return RemoteCard.of(response.get().json());
  }

  /**
   * The definition as the create call takes it: as read, with {@code fetch.cardType} EXTERNAL added
   * where the dated paths require it and the definition does not say it.
   */
  private byte[] createBody(CardDefinition card) throws IOException {
    if (!version.requiresCardType() || card.json().path("fetch").has(CardTypes.KEY)) {
      return card.bytes();
    }
    JsonNode body = card.json().deepCopy();
    if (!(body.path("fetch") instanceof ObjectNode fetch)) {
      return card.bytes(); // checked before anything is sent; HubSpot names what is wrong
    }
    fetch.put(CardTypes.KEY, CardTypes.EXTERNAL);
    return Json.MAPPER.writeValueAsBytes(body);
  }

  public RemoteCard update(String cardId, CardDefinition card) throws IOException {
    ApiResponse response =
        client.send("PATCH", path + "/" + cardId, card.bytes(), RetryGuard.IDEMPOTENT).orElseThrow();
    if (response.status() != 200) {
      throw failure("update card '" + card.name() + "' (id " + cardId + ") in app " + appId, response, "developers-write");
    }
    return RemoteCard.of(response.json());
  }

  /**
   * Starts swapping a legacy card's views for an app card in every account that installed the app,
   * or, sent again, tells how far that got. HubSpot answers at once; the swap runs in the
   * background.
   */
  public ViewMigration.Status migrateViews(ViewMigration request) throws IOException {
    ApiResponse response =
        client.send("POST", path + "/views/migrate", request.body(), RetryGuard.IDEMPOTENT).orElseThrow();
    if (!response.ok()) {
      throw failure(
          "swap the views of legacy card " + request.legacyCrmCardId() + " for app card " + request.appCardId()
              + " in app " + appId,
          response, "developers-write");
    }
    return ViewMigration.Status.of(response.json());
  }

  private ApiException failure(String operation, ApiResponse response, String scope) {
    Credentials credentials = client.credentials();
    String said = response.message().map(m -> " HubSpot said: " + credentials.redact(m)).orElse("");
    String message =
        switch (response.status()) {
          case 401 -> "HubSpot answered 401 Unauthorized to " + operation + ": "
              + (credentials.isDeveloperApiKey()
                  ? "the developer API key in " + credentials.variable() + " was not accepted; use"
                      + " the API key of the developer account that owns app " + appId
                  : "the access token in " + credentials.variable() + " was not accepted (expired,"
                      + " revoked or mistyped)")
              + "." + said;
          case 403 -> "HubSpot answered 403 Forbidden to " + operation + ": the credential in "
              + credentials.variable() + " may not do this. It needs the " + scope + " scope"
              + (scope.equals("developers-read") ? " (or private-apps-read)" : "")
              + ", and app " + appId + " must belong to its developer account." + said;
          case 429 -> "HubSpot kept rate limiting requests to " + operation + " (429); try again later."
              + said;
          default -> "HubSpot answered " + response.status() + " to " + operation + "." + said;
        };
    return new ApiException(response.status(), message);
  }
}
