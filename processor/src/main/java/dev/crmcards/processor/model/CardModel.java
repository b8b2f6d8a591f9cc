package dev.crmcards.processor.model;

import com.palantir.javapoet.ClassName;
import dev.crmcards.rules.CardViews;
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
    List<ActionModel> actions,
    ViewModel view) {

  public String definitionResourcePath() {
    return definitionResourcePath(name);
  }

  /** The card's Handler interface, nested in the generated class. */
  public ClassName handlerClass() {
    return handlerClassOf(generatedClass);
  }

  /** Where the definition of the card named {@code name} goes in the class output. */
  public static String definitionResourcePath(String name) {
    return "META-INF/crmcards/" + name + ".json";
  }

  /** Where the view of this card goes in the class output, beside its definition. */
  public String viewResourcePath() {
    return CardViews.VIEW_FOLDER + name + ".json";
  }

  /** {@code BugCrmCard} for {@code Bug}, {@code Outer_BugCrmCard} for the nested {@code Outer.Bug}. */
  public static ClassName generatedClassOf(ClassName cardClass) {
    return ClassName.get(cardClass.packageName(), String.join("_", cardClass.simpleNames()) + "CrmCard");
  }

  public static ClassName handlerClassOf(ClassName generatedClass) {
    return generatedClass.nestedClass(HANDLER);
  }

  /** The simple name of the Handler interface nested in every generated card class. */
  public static final String HANDLER = "Handler";

  /** The simple name of the private class holding the definition, nested in every generated card class. */
  public static final String DEFINITION_HOLDER = "Definition";
}
