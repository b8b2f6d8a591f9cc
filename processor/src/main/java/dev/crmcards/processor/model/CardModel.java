package dev.crmcards.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the generators need to know about one valid {@code @CrmCard} class. Built only when
 * validation found no error, so generators never check again.
 */
public record CardModel(
    TypeElement element,
    ClassName cardClass,
    ClassName generatedClass,
    String name,
    String title,
    String targetUrl,
    List<ObjectTypeModel> objectTypes,
    List<String> actionBaseUrls,
    Member idMember,
    ValueKind idKind,
    Member titleMember,
    Member linkMember,
    ValueKind linkKind,
    Member extraPropertiesMember,
    List<PropertyModel> properties,
    List<ActionModel> actions) {

  public String definitionResourcePath() {
    return "META-INF/crmcards/" + name + ".json";
  }
}
