package dev.crmcards.processor.read;

import dev.crmcards.processor.Reporter;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import org.mapstruct.tools.gem.GemValue;

/**
 * The attributes a card must write. They have an empty default in the annotations only so that a
 * missing one reaches the processor: javac's own "missing a default value" error would stop
 * annotation processing before it starts, and every use of the generated class would fail too.
 */
public final class RequiredAttributes {
  private final Reporter reporter;

  public RequiredAttributes(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports each required attribute the card's annotations leave out; true when none is missing. */
  public boolean check(TypeElement card) {
    int before = reporter.errorCount();
    CrmCardGem crmCard = Annotations.crmCard(card);
    require(card, crmCard.mirror(), crmCard.title(), "title: the card's heading in HubSpot's sidebar, e.g. title = \"Bugs\"");
    require(card, crmCard.mirror(), crmCard.targetUrl(),
        "targetUrl: the URL HubSpot sends the signed data fetch to, "
            + "e.g. targetUrl = \"https://cards.example.com/hubspot/bugs\"");
    require(card, crmCard.mirror(), crmCard.objectTypes(),
        "objectTypes: the record types the card shows on, e.g. objectTypes = @ObjectType(CrmObjectType.CONTACTS)");
    for (ActionGem action : Annotations.actions(card)) {
      require(card, action.mirror(), action.id(),
          "id: the action's id, which also names its Handler method, e.g. id = \"resolve\"");
      require(card, action.mirror(), action.label(), "label: the button's text, e.g. label = \"Resolve\"");
      require(card, action.mirror(), action.uri(),
          "uri: the URL the action opens or calls, e.g. uri = \"https://cards.example.com/hubspot/bugs/{id}/resolve\"");
    }
    // The card's own fields (a record's components among them) and methods; cheaper than the
    // member scan, and an inherited member's annotations are the declaring class's to fix.
    Set<Element> accessors = new HashSet<>();
    for (RecordComponentElement component : card.getRecordComponents()) {
      accessors.add(component.getAccessor()); // carries the component's annotations again
    }
    for (Element element : card.getEnclosedElements()) {
      boolean member = element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.METHOD;
      if (!member || accessors.contains(element)) {
        continue;
      }
      Annotations.cardProperty(element).ifPresent(property -> {
        require(element, property.mirror(), property.label(),
            "label: the property's label in the card, e.g. label = \"Priority\"");
        for (StatusOptionGem option : property.options().get()) {
          if (option == null) {
            continue; // javac reports what it could not resolve
          }
          require(element, option.mirror(), option.name(),
              "name: the status value this option stands for, e.g. name = \"HIGH\"");
        }
      });
    }
    return reporter.errorCount() == before;
  }

  /** {@code what} starts with the attribute's name, e.g. "title: the card's heading". */
  private void require(Element element, AnnotationMirror mirror, GemValue<?> value, String what) {
    if (!Annotations.written(value)) {
      String annotation = mirror.getAnnotationType().asElement().getSimpleName().toString();
      reporter.error("@" + annotation + " needs " + what + ".", element, mirror);
    }
  }
}
