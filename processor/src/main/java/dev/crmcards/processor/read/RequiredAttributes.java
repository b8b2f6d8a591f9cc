package dev.crmcards.processor.read;

import dev.crmcards.processor.Reporter;
import javax.lang.model.element.AnnotationMirror;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The attributes a card must write. They have an empty default in the annotations only so that a
 * missing one reaches the processor: javac's own "missing a default value" error would stop
 * annotation processing before it starts, and every use of the generated class would fail too.
 */
public final class RequiredAttributes {
  private final Annotations annotations;
  private final Reporter reporter;

  public RequiredAttributes(Elements elements, Reporter reporter) {
    this.annotations = new Annotations(elements);
    this.reporter = reporter;
  }

  /** Reports each required attribute the card's annotations leave out; true when none is missing. */
  public boolean check(TypeElement card) {
    int before = reporter.errorCount();
    AnnotationMirror crmCard = Annotations.find(card, Annotations.CRM_CARD).orElseThrow();
    require(card, crmCard, RuntimeApi.CrmCard.TITLE, "the card's heading in HubSpot's sidebar, e.g. title = \"Bugs\"");
    require(card, crmCard, RuntimeApi.CrmCard.TARGET_URL,
        "the URL HubSpot sends the signed data fetch to, "
            + "e.g. targetUrl = \"https://cards.example.com/hubspot/bugs\"");
    require(card, crmCard, RuntimeApi.CrmCard.OBJECT_TYPES,
        "the record types the card shows on, e.g. objectTypes = @ObjectType(CrmObjectType.CONTACTS)");
    for (AnnotationMirror action : annotations.actions(card)) {
      require(card, action, RuntimeApi.Action.ID,
          "the action's id, which also names its Handler method, e.g. id = \"resolve\"");
      require(card, action, RuntimeApi.Action.LABEL, "the button's text, e.g. label = \"Resolve\"");
      require(card, action, RuntimeApi.Action.URI,
          "the URL the action opens or calls, e.g. uri = \"https://cards.example.com/hubspot/bugs/{id}/resolve\"");
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
      Annotations.find(element, Annotations.CARD_PROPERTY).ifPresent(property -> {
        require(element, property, RuntimeApi.CardProperty.LABEL,
            "the property's label in the card, e.g. label = \"Priority\"");
        for (AnnotationMirror option : annotations.annotations(property, RuntimeApi.CardProperty.OPTIONS)) {
          require(element, option, RuntimeApi.StatusOption.NAME,
              "the status value this option stands for, e.g. name = \"HIGH\"");
        }
      });
    }
    return reporter.errorCount() == before;
  }

  private void require(Element element, AnnotationMirror mirror, String attribute, String what) {
    if (Annotations.explicit(mirror, attribute).isEmpty()) {
      String annotation = mirror.getAnnotationType().asElement().getSimpleName().toString();
      reporter.error("@" + annotation + " needs " + attribute + ": " + what + ".", element, mirror);
    }
  }
}
