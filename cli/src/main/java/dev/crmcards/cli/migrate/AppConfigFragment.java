package dev.crmcards.cli.migrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.CardObjectType;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.definition.UrlShapes;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the app's {@code app-hsmeta.json} must hold for the converter cards: {@code
 * config.permittedUrls.fetch} (each fetch URL's origin and every action base URL, since action
 * hooks are sent with {@code hubspot.fetch} too) and {@code config.auth.requiredScopes} (read and
 * write on each record type, {@code tickets} for tickets), deduplicated and sorted.
 */
public final class AppConfigFragment {
  private AppConfigFragment() {}

  public static SortedSet<String> permittedFetchUrls(List<CardDefinition> cards) {
    SortedSet<String> urls = new TreeSet<>();
    for (CardDefinition card : cards) {
      UrlShapes.httpUrl(card.targetUrl()).map(UrlShapes::origin).ifPresent(urls::add);
      urls.addAll(card.baseUrls());
    }
    return urls;
  }

  public static SortedSet<String> requiredScopes(List<CardDefinition> cards) {
    SortedSet<String> scopes = new TreeSet<>();
    for (CardDefinition card : cards) {
      for (CardObjectType type : card.objectTypes()) {
        if (type.name().equals("tickets")) {
          scopes.add("tickets");
        } else {
          scopes.add("crm.objects." + type.name() + ".read");
          scopes.add("crm.objects." + type.name() + ".write");
        }
      }
    }
    return scopes;
  }

  /** {@code {"config": {"auth": {"requiredScopes": [...]}, "permittedUrls": {"fetch": [...]}}}}. */
  public static ObjectNode of(List<CardDefinition> cards) {
    ObjectNode root = Json.object();
    ObjectNode config = root.putObject("config");
    ArrayNode scopes = config.putObject("auth").putArray("requiredScopes");
    requiredScopes(cards).forEach(scopes::add);
    ArrayNode fetch = config.putObject("permittedUrls").putArray("fetch");
    permittedFetchUrls(cards).forEach(fetch::add);
    return root;
  }
}
