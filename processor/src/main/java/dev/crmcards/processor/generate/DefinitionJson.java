package dev.crmcards.processor.generate;

import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.ObjectTypeModel;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.StatusOptionModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The card definition exactly as HubSpot's create-card endpoint takes it: title, fetch,
 * display and actions, with {@code propertiesToSend} and {@code options} always present and
 * everything in declaration order.
 */
public final class DefinitionJson {
  private DefinitionJson() {}

  public static String of(CardModel card) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", card.title());

    List<Object> objectTypes = new ArrayList<>();
    for (ObjectTypeModel t : card.objectTypes()) {
      Map<String, Object> objectType = new LinkedHashMap<>();
      objectType.put("name", t.type().definitionName());
      objectType.put("propertiesToSend", t.propertiesToSend());
      objectTypes.add(objectType);
    }
    Map<String, Object> fetch = new LinkedHashMap<>();
    fetch.put("targetUrl", card.targetUrl());
    fetch.put("objectTypes", objectTypes);
    root.put("fetch", fetch);

    List<Object> properties = new ArrayList<>();
    for (PropertyModel p : card.properties()) {
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("name", p.name());
      property.put("label", p.label());
      property.put("dataType", p.type().name());
      List<Object> options = new ArrayList<>();
      for (StatusOptionModel o : p.options()) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("name", o.name());
        option.put("label", o.label());
        option.put("type", o.type().name());
        options.add(option);
      }
      property.put("options", options);
      properties.add(property);
    }
    root.put("display", Map.of("properties", properties));
    root.put("actions", Map.of("baseUrls", card.actionBaseUrls()));
    return PrettyJson.print(root);
  }
}
