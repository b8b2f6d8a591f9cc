package dev.crmcards.cli.deploy;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * HubSpot's {@code views/migrate} request: swap a legacy card for an app card on every record
 * page of every account that installed the app (HUBSPOT-SPEC §12, "Legacy cards").
 *
 * @param helpdeskAppCardId the app card that replaces the legacy card on help desk tickets, if any
 * @param allowDuplicateAppCardIds whether the app card may already replace another legacy card
 *     (several legacy cards consolidated into one app card)
 */
public record ViewMigration(
    long legacyCrmCardId, long appCardId, OptionalLong helpdeskAppCardId, boolean allowDuplicateAppCardIds) {

  /** The request body, {@code {"legacyCrmCardId", "appCardId", "helpdeskAppCardId"?, "allowDuplicateAppCardIds"}}. */
  byte[] body() {
    ObjectNode body = Json.object();
    body.put("legacyCrmCardId", legacyCrmCardId);
    body.put("appCardId", appCardId);
    helpdeskAppCardId.ifPresent(id -> body.put("helpdeskAppCardId", id));
    body.put("allowDuplicateAppCardIds", allowDuplicateAppCardIds);
    return Json.compact(body).getBytes(UTF_8);
  }

  /**
   * HubSpot's answer: its message and, once the swap has started, its progress over the accounts
   * ("portals") that installed the app.
   */
  public record Status(
      String message,
      OptionalLong startedAt,
      OptionalLong endedAt,
      OptionalLong totalPortalCount,
      OptionalLong remainingPortalCount) {

    static Status of(JsonNode json) {
      return new Status(
          json.path("message").asText(""),
          number(json, "startedAt"),
          number(json, "endedAt"),
          number(json, "totalPortalCount"),
          number(json, "remainingPortalCount"));
    }

    /**
     * Whether HubSpot says every account has been swapped: none remaining, where it counts them;
     * otherwise that the swap ended.
     */
    public boolean done() {
      return remainingPortalCount.isPresent() ? remainingPortalCount.getAsLong() == 0 : endedAt.isPresent();
    }

    /** Whether the swap ended with accounts left unswapped: the legacy card must stay. */
    public boolean endedShort() {
      return endedAt.isPresent() && remainingPortalCount.isPresent() && remainingPortalCount.getAsLong() > 0;
    }

    /** What to print: HubSpot's message, then the progress it reported. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(message.isEmpty() ? "HubSpot accepted the swap." : message);
      if (totalPortalCount.isPresent() || remainingPortalCount.isPresent()) {
        long total = totalPortalCount.orElse(-1);
        long remaining = remainingPortalCount.orElse(-1);
        lines.add(
            (total >= 0 && remaining >= 0 ? (total - remaining) + " of " + total + " account(s) swapped, " : "")
                + (remaining >= 0 ? remaining + " remaining" : total + " account(s) in all"));
      }
      startedAt.ifPresent(t -> lines.add("started " + Instant.ofEpochMilli(t)));
      endedAt.ifPresent(t -> lines.add("ended   " + Instant.ofEpochMilli(t)));
      return lines;
    }

    private static OptionalLong number(JsonNode json, String field) {
      JsonNode value = json.path(field);
      return value.canConvertToLong() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
    }
  }
}
