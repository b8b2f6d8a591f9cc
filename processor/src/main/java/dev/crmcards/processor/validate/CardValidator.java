package dev.crmcards.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.crmcards.ActionType;
import dev.crmcards.processor.Options;
import dev.crmcards.processor.Reporter;
import dev.crmcards.processor.model.ActionModel;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.model.ObjectTypeModel;
import dev.crmcards.processor.model.PropertyModel;
import dev.crmcards.processor.model.ValueKind;
import dev.crmcards.processor.model.ViewModel;
import dev.crmcards.CardLayout;
import dev.crmcards.CrmObjectType;
import dev.crmcards.ExtraProperties;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.Title;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.Annotations.Item;
import dev.crmcards.processor.read.CrmCardGem;
import dev.crmcards.processor.read.MemberScanner;
import dev.crmcards.processor.read.ObjectTypeGem;
import dev.crmcards.rules.RequestParameterNames;
import dev.crmcards.rules.Urls;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @CrmCard} class against every rule HubSpot and its converter apply, reporting
 * all problems at the element and attribute that cause them, and builds the card's model when
 * there are none.
 */
public final class CardValidator {
  private final Reporter reporter;
  private final EnumAttributes enums;
  private final Elements elements;
  private final Options options;
  private final MemberScanner scanner;
  private final Types types;
  /** Shared by the cards of the compilation: it remembers the summaries it found broken, so their errors show once. */
  private final SummaryValidator summaries;

  public CardValidator(Reporter reporter, Elements elements, Types types, MemberScanner scanner, Options options) {
    this.reporter = reporter;
    this.enums = new EnumAttributes(reporter);
    this.elements = elements;
    this.types = types;
    this.scanner = scanner;
    this.options = options;
    this.summaries = new SummaryValidator(reporter, enums, scanner);
  }

  public Optional<CardModel> validate(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    CrmCardGem gem = Annotations.crmCard(type);
    AnnotationMirror card = gem.mirror();
    if (!CardShapeRules.check(type, reporter)) {
      return Optional.empty();
    }

    String title = gem.title().get();
    if (title.isBlank()) {
      reporter.error(
          "@CrmCard title must not be blank: HubSpot shows it as the card's heading.",
          type, card, gem.title().getAnnotationValue());
    }
    String name = cardName(type, gem);
    String targetUrl = url(type, card, gem.targetUrl().get(), gem.targetUrl().getAnnotationValue(), "targetUrl");
    if (targetUrl != null && UrlRules.query(targetUrl).isPresent()) {
      reporter.error(
          "targetUrl \"" + targetUrl + "\" must not have a query string: HubSpot appends its own "
              + "query parameters to it.",
          type, card, gem.targetUrl().getAnnotationValue());
    }
    List<ObjectTypeModel> objectTypes = objectTypes(type, gem);
    List<String> baseUrls = actionBaseUrls(type, gem);

    List<Member> members = scanner.scan(type);
    checkAccessorsUnannotated(type);
    Member id = single(type, card, members, ObjectId.class, TypeRules.OBJECT_ID, true);
    Member titleMember = single(type, card, members, Title.class, TypeRules.TITLE, true);
    Member link = single(type, card, members, Link.class, TypeRules.LINK, false);
    Member extra = single(type, card, members, ExtraProperties.class, TypeRules.EXTRA_PROPERTIES, false);
    checkAccessible(type, members);
    RawSupertypes.check(type, members, Annotations.ON_MEMBERS, reporter);

    List<PropertyModel> properties = new PropertyValidator(reporter, enums).validate(type, card, members);
    List<ActionModel> actions =
        new ActionValidator(reporter, enums, this::resolveOptions, new FormValidator(reporter, elements))
            .validate(type, members, baseUrls, targetUrl);
    ViewModel view = new ViewValidator(reporter, enums, summaries).validate(type, gem, objectTypes, properties, extra);

    // A view may be null with no error of this card's own: its summary's errors were reported for another card.
    // A FORM action may lack its form with none either: javac reports a form class it cannot resolve or reach.
    boolean formUnresolved = actions.stream().anyMatch(a -> a.type() == ActionType.FORM && a.form() == null);
    if (view == null || formUnresolved || reporter.errorCount() != errorsBefore) {
      noteInheritedTypes(type, members, errorsBefore);
      return Optional.empty();
    }
    List<String> definitionBaseUrls = baseUrls;
    if (baseUrls.isEmpty()) {
      Set<String> origins = new LinkedHashSet<>();
      for (ActionModel a : actions) {
        origins.add(Urls.origin(a.uri().withSample("x")));
      }
      definitionBaseUrls = List.copyOf(origins);
    }
    ClassName cardClass = ClassName.get(type);
    CardModel model =
        new CardModel(
            type,
            cardClass,
            CardModel.generatedClassOf(cardClass),
            name,
            title,
            targetUrl,
            objectTypes,
            definitionBaseUrls,
            id,
            TypeRules.classify(id.type()),
            titleMember,
            link,
            link == null ? null : TypeRules.classify(link.type()),
            extra,
            properties,
            actions,
            view);
    return UnnamedPackageNames.check(model, reporter) ? Optional.of(model) : Optional.empty();
  }

  /**
   * After errors: an inherited member is checked with the type the card's supertypes give it
   * ({@code ID id} of {@code Entity<ID>} as a {@code String}), but its errors show at the base
   * class, where it is declared otherwise; this says on the card which types it gave those.
   */
  private void noteInheritedTypes(TypeElement type, List<Member> members, int errorsBefore) {
    List<String> given = new ArrayList<>();
    for (Member member : members) {
      Element declared = member.element();
      if (declared.getEnclosingElement().equals(type) || !reporter.hadErrorOnSince(declared, errorsBefore)) {
        continue;
      }
      TypeMirror declaredType =
          declared instanceof ExecutableElement method ? method.getReturnType() : declared.asType();
      if (!types.isSameType(declaredType, member.type())) {
        given.add("'" + member.javaName() + "' as " + member.type());
      }
    }
    if (!given.isEmpty()) {
      reporter.note(
          "crmcards checks the members " + type.getSimpleName() + " inherits with the types it gives them: "
              + String.join(", ", given) + ".",
          type);
    }
  }

  private String cardName(TypeElement type, CrmCardGem card) {
    if (!card.name().hasValue()) {
      String derived = Names.kebabCase(type.getSimpleName().toString());
      if (!Names.isCardName(derived)) {
        reporter.error(
            "@CrmCard class " + type.getSimpleName() + " gives the card name \"" + derived + "\", but a card"
                + " name must be lower-case letters and digits separated by single dashes (it names the"
                + " definition file and the card's route); name it with @CrmCard(name = \""
                + Names.cardNameLike(type.getSimpleName().toString()) + "\").",
            type, card.mirror());
      }
      return derived;
    }
    String name = card.name().getValue();
    if (!Names.isCardName(name)) {
      reporter.error(
          "@CrmCard name \"" + name + "\" must be lower-case letters and digits separated by single "
              + "dashes (it names the definition file and the card's route), e.g. \""
              + Names.cardNameLike(name) + "\".",
          type, card.mirror(), card.name().getAnnotationValue());
    }
    return name;
  }

  private List<ObjectTypeModel> objectTypes(TypeElement type, CrmCardGem card) {
    List<ObjectTypeModel> result = new ArrayList<>();
    List<ObjectTypeGem> objectTypes = card.objectTypes().get();
    if (objectTypes.isEmpty()) {
      reporter.error(
          "@CrmCard objectTypes must name at least one record type, e.g. objectTypes = "
              + "@ObjectType(CrmObjectType.CONTACTS); HubSpot shows the card on those records only.",
          type, card.mirror(), card.objectTypes().getAnnotationValue());
    }
    Set<CrmObjectType> seen = new HashSet<>();
    // An unresolved layout is reported with the view; until then the card is taken for TILES.
    boolean table = Annotations.constant(card.layout(), CardLayout.class).orElse(null) == CardLayout.TABLE;
    List<String> fetchParameters = RequestParameterNames.ofFetch(table);
    for (ObjectTypeGem objectType : objectTypes) {
      if (objectType == null) {
        continue; // javac reports what it could not resolve
      }
      CrmObjectType constant = enums.read(objectType.value(), CrmObjectType.class, type, objectType.mirror());
      if (constant != null && !seen.add(constant)) {
        reporter.error(
            "Object type " + constant + " is listed twice in @CrmCard objectTypes; list each record "
                + "type once and merge their propertiesToSend.",
            type, objectType.mirror(), objectType.value().getAnnotationValue());
      }
      List<String> properties = new ArrayList<>();
      Set<String> seenProperties = new HashSet<>();
      for (Item<String> item : Annotations.items(objectType.propertiesToSend())) {
        String property = item.value();
        if (property == null) {
          continue;
        } else if (property.isBlank()) {
          reporter.error(
              "propertiesToSend of " + constant + " contains a blank name; use HubSpot property "
                  + "internal names such as \"email\".",
              type, objectType.mirror(), item.position());
        } else if (!seenProperties.add(property)) {
          reporter.error(
              "propertiesToSend of " + constant + " lists \"" + property + "\" twice.",
              type, objectType.mirror(), item.position());
        } else if (fetchParameters.contains(property)) {
          reporter.error(
              ParameterNameClash.message("propertiesToSend of " + constant, "propertiesToSend", property, "data fetch"),
              type, objectType.mirror(), item.position());
        }
        properties.add(property);
      }
      result.add(new ObjectTypeModel(constant, List.copyOf(properties)));
    }
    return List.copyOf(result);
  }

  private List<String> actionBaseUrls(TypeElement type, CrmCardGem card) {
    List<String> urls = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Item<String> item : Annotations.items(card.actionBaseUrls())) {
      String url = url(type, card.mirror(), item.value(), item.position(), "actionBaseUrls entry");
      if (url == null) {
        continue;
      }
      if (!seen.add(url)) {
        reporter.error("actionBaseUrls lists \"" + url + "\" twice.", type, card.mirror(), item.position());
      }
      urls.add(url);
    }
    return List.copyOf(urls);
  }

  /** Resolves {@code ${key}}s and checks the URL; null when it could not be used. */
  private String url(TypeElement type, AnnotationMirror mirror, String url, AnnotationValue value, String what) {
    if (url == null) {
      return null; // javac reports what it could not resolve
    }
    String resolved = resolveOptions(url, type, mirror, value);
    if (resolved == null) {
      return null;
    }
    Urls.Verdict verdict = Urls.cardUrl(resolved, what);
    if (verdict.warning() != null) {
      reporter.warning(verdict.warning(), type, mirror, value);
    }
    if (!verdict.isOk()) {
      reporter.error(verdict.problem(), type, mirror, value);
      return null;
    }
    return resolved;
  }

  /** {@code text} with its {@code ${key}}s filled from options; null after reporting a missing one. */
  String resolveOptions(String text, Element element, AnnotationMirror mirror, AnnotationValue value) {
    boolean ok = true;
    for (String key : UrlRules.optionKeys(text)) {
      if (key.isEmpty() || options.placeholder(key).isEmpty()) {
        reporter.error(
            "\"${" + key + "}\" has no value: pass -A" + Options.PREFIX + key + "=<value> to javac "
                + "(Maven: <compilerArgs><arg>-A" + Options.PREFIX + key + "=https://...</arg>"
                + "</compilerArgs> in maven-compiler-plugin).",
            element, mirror, value);
        ok = false;
      }
    }
    return ok ? UrlRules.resolve(text, key -> options.placeholder(key).orElseThrow()) : null;
  }

  /** The one member carrying {@code annotation}; reports a missing, repeated or mistyped one. */
  private Member single(
      TypeElement type,
      AnnotationMirror card,
      List<Member> members,
      Class<? extends Annotation> annotation,
      Set<ValueKind> accepted,
      boolean required) {
    String display = "@" + annotation.getSimpleName();
    Member found = null;
    for (Member m : members) {
      Optional<AnnotationMirror> mirror = Annotations.find(m.element(), annotation);
      if (mirror.isEmpty()) {
        continue;
      }
      if (found != null) {
        reporter.error(
            display + " is on both '" + found.javaName() + "' and '" + m.javaName()
                + "'; a card has at most one. Remove one of them.",
            m.element(), mirror.get());
        continue;
      }
      ValueKind kind = TypeRules.classify(m.type());
      if (!accepted.contains(kind)) {
        reporter.error(
            display + " '" + m.javaName() + "' has type " + m.type() + "; " + display + " needs "
                + TypeRules.describe(accepted) + ".",
            m.element(), mirror.get());
      }
      found = m;
    }
    if (found == null && required) {
      reporter.error(
          "@CrmCard class " + type.getSimpleName() + " has no " + display + " member; HubSpot needs "
              + (annotation == ObjectId.class ? "a numeric objectId" : "a title")
              + " for every object. Annotate one "
              + TypeRules.describe(accepted) + " record component, field or getter with " + display + ".",
          type, card);
    }
    return found;
  }

  /** Generated code sits in the card's package, reads members directly and names their types. */
  private void checkAccessible(TypeElement type, List<Member> members) {
    for (Member m : members) {
      if (!isOurs(m.element())) {
        continue;
      }
      if (!Access.readable(m, type)) {
        reporter.error(
            "'" + m.javaName() + "' is " + Access.whyUnreadable(m.element()) + ", so the generated "
                + type.getSimpleName() + "CrmCard cannot read it. Make it " + Access.fix(m.element(), type)
                + ", or annotate a getter instead.",
            m.element());
      } else if (m.type() instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement named
          && !Access.reachable(named, type)) {
        reporter.error(
            "'" + m.javaName() + "' has the type " + named.getSimpleName() + ", which the generated "
                + type.getSimpleName() + "CrmCard cannot name from its package; make " + named.getSimpleName()
                + " public, or package-private in " + type.getSimpleName() + "'s package (and static if nested).",
            m.element());
      }
    }
  }

  /** A record's members are its components: what annotates an accessor written out is not read. */
  private void checkAccessorsUnannotated(TypeElement type) {
    if (type.getKind() != ElementKind.RECORD) {
      return;
    }
    for (RecordComponentElement component : type.getRecordComponents()) {
      Element accessor = component.getAccessor();
      // An accessor javac declares carries the component's annotations; only one written out counts.
      if (accessor == null || elements.getOrigin(accessor) != Elements.Origin.EXPLICIT) {
        continue;
      }
      Element field = MemberScanner.componentField(type, component);
      for (Class<? extends Annotation> a : Annotations.ON_MEMBERS) {
        if (Annotations.has(accessor, a) && !Annotations.has(field, a)) {
          reporter.error(
              "@" + a.getSimpleName() + " on the accessor " + component.getSimpleName() + "() is not read: a"
                  + " record's members are its components. Put it on the component " + component.getSimpleName()
                  + " in the record header.",
              accessor);
        }
      }
    }
  }

  private static boolean isOurs(Element e) {
    return Annotations.hasAny(e, Annotations.ON_MEMBERS);
  }

  /** Members by Java name, and getters also by property name, for placeholders and {@code when}. */
  static Map<String, Member> byName(List<Member> members) {
    // A private field named like a getter's property ({number}, getNumber()) is a JavaBean's
    // state: the getter is what can be read. Alone, the field is still found, and refused.
    Map<String, Member> map = new HashMap<>();
    for (boolean readable : new boolean[] {true, false}) {
      for (Member m : members) {
        if (readable == Access.notPrivate(m)) {
          map.putIfAbsent(m.javaName(), m);
        }
      }
      for (Member m : members) {
        if (readable == Access.notPrivate(m)) {
          map.putIfAbsent(m.propertyName(), m);
        }
      }
    }
    return map;
  }
}
