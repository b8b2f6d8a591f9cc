package dev.crmcards.cli.request;

import dev.crmcards.CrmObjectType;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.ObjectTypes;
import dev.crmcards.rules.RequestParameterNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record a user is looking at, as HubSpot describes it to a card: the five default
 * parameters (user, record and account) and the record's property values. Values given with
 * {@code --property name=value} win over the samples, defaults included; like HubSpot, requests
 * carry only the properties the card asks for.
 */
public final class SampleRecord {
  /** The defaults of HubSpot's CRM cards guide (its example data-fetch request). */
  public static final String USER_ID = "12345";

  public static final String USER_EMAIL = "loggedinuser@hubspot.com";
  public static final String ASSOCIATED_OBJECT_ID = "53701";
  public static final String PORTAL_ID = "987654";

  private final Map<String, String> defaults = new LinkedHashMap<>();
  private final Map<String, String> overrides;

  public SampleRecord(CrmObjectType type, Map<String, String> overrides) {
    this.overrides = new LinkedHashMap<>(overrides);
    defaults.put(RequestParameterNames.USER_ID, USER_ID);
    defaults.put(RequestParameterNames.USER_EMAIL, USER_EMAIL);
    defaults.put(RequestParameterNames.ASSOCIATED_OBJECT_ID, ASSOCIATED_OBJECT_ID);
    defaults.put(RequestParameterNames.ASSOCIATED_OBJECT_TYPE, ObjectTypes.REQUEST_NAMES.get(type.definitionName()));
    defaults.put(RequestParameterNames.PORTAL_ID, PORTAL_ID);
    defaults.replaceAll((name, value) -> this.overrides.getOrDefault(name, value));
  }

  /** The value of a record property: the override, else a sample. */
  public String property(String name) {
    String value = overrides.get(name);
    return value != null ? value : SampleValues.of(name);
  }

  /** The data-fetch query: the defaults, then each of {@code propertiesToSend}, as HubSpot sends it. */
  public List<Param> fetchParameters(List<String> propertiesToSend) {
    return withProperties(propertiesToSend);
  }

  /**
   * A TABLE card's data-fetch query: as {@link #fetchParameters}, then the first page of the card's
   * {@code pageSize} as crmcards' card UI asks for it ({@code page}, {@code pageSize}), and the sort
   * and search text when overridden ({@code --property sort=-total}).
   */
  public List<Param> tableFetchParameters(List<String> propertiesToSend, int pageSize) {
    List<Param> params = new ArrayList<>(fetchParameters(propertiesToSend));
    params.removeIf(p -> CardViews.TABLE_PARAMETERS.contains(p.name()));
    params.add(new Param(CardViews.PAGE, overrides.getOrDefault(CardViews.PAGE, "1")));
    params.add(new Param(CardViews.PAGE_SIZE, overrides.getOrDefault(CardViews.PAGE_SIZE, Integer.toString(pageSize))));
    for (String name : List.of(CardViews.SORT, CardViews.SEARCH)) {
      if (overrides.containsKey(name)) {
        params.add(new Param(name, overrides.get(name)));
      }
    }
    return params;
  }

  /** An action hook's parameters: the defaults, then its {@code associatedObjectProperties}. */
  public List<Param> actionParameters(List<String> associatedObjectProperties) {
    return withProperties(associatedObjectProperties);
  }

  private List<Param> withProperties(List<String> names) {
    Set<String> sent = new HashSet<>(defaults.keySet());
    List<Param> params = new ArrayList<>();
    defaults.forEach((name, value) -> params.add(new Param(name, value)));
    for (String name : names) {
      if (sent.add(name)) {
        params.add(new Param(name, property(name)));
      }
    }
    return params;
  }
}
