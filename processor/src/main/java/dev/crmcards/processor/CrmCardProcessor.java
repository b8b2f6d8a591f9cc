package dev.crmcards.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.crmcards.Action;
import dev.crmcards.Actions;
import dev.crmcards.CrmCard;
import dev.crmcards.Input;
import dev.crmcards.OptionLabel;
import dev.crmcards.processor.generate.CardClassWriter;
import dev.crmcards.processor.generate.DefinitionJson;
import dev.crmcards.processor.generate.ViewJson;
import dev.crmcards.processor.model.CardModel;
import dev.crmcards.processor.model.Member;
import dev.crmcards.processor.read.ActionGem;
import dev.crmcards.processor.read.Annotations;
import dev.crmcards.processor.read.CrmCardGem;
import dev.crmcards.processor.read.MemberScanner;
import dev.crmcards.processor.read.Unreadable;
import dev.crmcards.processor.read.RequiredAttributes;
import dev.crmcards.processor.validate.CardValidator;
import dev.crmcards.rules.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.mapstruct.tools.gem.GemValue;

/**
 * Turns every {@code @CrmCard} class into its card definition ({@code
 * META-INF/crmcards/<name>.json}) and its {@code <Card>CrmCard} class, and lists the card classes
 * in the services file through which adapters find them ({@link ServicesFile}).
 *
 * <p>Per card: read and validate (every problem reported at once, in source order), then generate
 * only when clean. A card with errors still gets a stand-in {@code <Card>CrmCard} ({@link
 * FallbackCardClass}) so that its errors are the only ones. One bad card never stops the others,
 * and an unexpected failure becomes a compile error asking for a bug report instead of crashing
 * javac.
 */
@AutoService(Processor.class)
public final class CrmCardProcessor extends AbstractProcessor {
  /** HubSpot's limit of cards per app. */
  static final int MAX_CARDS = Limits.CARDS_PER_APP;

  private Reporter reporter;
  private Options options;
  private RequiredAttributes requiredAttributes;
  private MemberScanner scanner;
  private CardValidator validator;
  private FallbackCardClass fallback;
  private CardClassWriter classWriter;
  private ServicesFile services;
  /** Card name → the class that claimed it, over all rounds. */
  private final Map<String, TypeElement> cardsByName = new LinkedHashMap<>();
  /** Cards whose member types were not yet known, retried next round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The classes some {@code @CrmCard} of this compilation names as its summary. */
  private final Set<String> namedSummaries = new LinkedHashSet<>();
  /** The classes some {@code @Action} of this compilation names as its form. */
  private final Set<String> namedForms = new LinkedHashSet<>();
  /** Whether some card named a summary class javac could not resolve or reach. */
  private boolean unresolvedSummary;
  /** Whether some action named a form class javac could not resolve or reach. */
  private boolean unresolvedForm;

  private boolean toldAboutServletApi;
  /** Runs before each card; tests use it to make the processor fail unexpectedly. */
  private final java.util.function.Consumer<TypeElement> beforeCard;

  public CrmCardProcessor() {
    this(card -> {});
  }

  CrmCardProcessor(java.util.function.Consumer<TypeElement> beforeCard) {
    this.beforeCard = beforeCard;
  }

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager(), RepeatedAnnotationPositions.create(env));
    options = new Options(env.getOptions());
    requiredAttributes = new RequiredAttributes(reporter);
    scanner = new MemberScanner(env.getElementUtils(), env.getTypeUtils());
    validator = new CardValidator(reporter, env.getElementUtils(), env.getTypeUtils(), scanner, options);
    fallback = new FallbackCardClass(scanner);
    classWriter = new CardClassWriter(env.getElementUtils());
    services = new ServicesFile(env.getFiler(), env.getElementUtils());
  }

  /**
   * Our annotations only: claiming another one, such as the JDK's {@code @Generated} on our output,
   * would hide it from every processor that runs after this one.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (Class<? extends Annotation> annotation : Annotations.ALL) {
      names.add(Annotations.name(annotation));
    }
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return options == null ? Set.of(Options.DEBUG) : options.supported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> cards = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        cards.add(type);
      }
    }
    deferred.clear();
    TypeElement crmCard = processingEnv.getElementUtils().getTypeElement(Annotations.name(CrmCard.class));
    for (Element e : crmCard == null ? Set.<Element>of() : round.getElementsAnnotatedWith(crmCard)) {
      if (e instanceof TypeElement type && !cards.contains(type)) {
        cards.add(type);
      }
    }
    checkMisplaced(round);
    warnOfSummariesNoCardNames(cards, round);
    warnOfFormsNoActionNames(cards, round);
    reporter.flush();
    for (TypeElement card : cards) {
      if (!round.processingOver() && hasUnresolvedTypes(card)) {
        deferred.add(card.getQualifiedName().toString());
        debug(card, "waits a round: a member's type is not generated yet");
        continue;
      }
      processSafely(card);
    }
    if (round.processingOver()) {
      for (String name : deferred) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type != null) {
          processSafely(type);
        }
      }
      deferred.clear();
      writeServicesFile();
    }
    return true;
  }

  /**
   * A warning on each {@code @Statistic} and {@code @Chart} of a class that no card names as its
   * summary, in this round or before: they show nothing. Judged in the round the class is in, where
   * its source positions are; a card generated in a later round that names it would come too late
   * (javac gives no positions in the last round). Not an error: a card compiled elsewhere may name
   * it.
   */
  private static final String SHOWN_IN_SUMMARY = "a card that names its class as the summary";

  private void warnOfSummariesNoCardNames(List<TypeElement> cards, RoundEnvironment round) {
    for (TypeElement card : cards) {
      if (Annotations.has(card, CrmCard.class)) {
        GemValue<TypeMirror> summary = Annotations.crmCard(card).summary();
        addWithSupertypes(summary.get(), namedSummaries);
        unresolvedSummary |= Annotations.unresolvedClass(summary);
      }
    }
    if (unresolvedSummary) {
      return; // which class a card meant is not known; javac fails the compilation on it
    }
    for (Map.Entry<TypeElement, List<Element>> owner :
        ownersNoneNames(round, Annotations.ON_SUMMARY_MEMBERS, namedSummaries).entrySet()) {
      String name = owner.getKey().getSimpleName().toString();
      String fix = "@CrmCard(summary = " + name + ".class)";
      for (Element element : owner.getValue()) {
        Annotations.statistic(element).ifPresent(g -> warnUnnamed("@Statistic", SHOWN_IN_SUMMARY, "@CrmCard",
            name, fix, element, g.mirror()));
        Annotations.chart(element).ifPresent(g -> warnUnnamed("@Chart", SHOWN_IN_SUMMARY, "@CrmCard",
            name, fix, element, g.mirror()));
      }
    }
  }

  /**
   * The same for {@code @Input}: a class that no {@code @Action} names as its form is no form, and
   * its inputs show nowhere.
   */
  private void warnOfFormsNoActionNames(List<TypeElement> cards, RoundEnvironment round) {
    for (TypeElement card : cards) {
      for (ActionGem action : Annotations.actions(card)) {
        addWithSupertypes(action.form().get(), namedForms);
        unresolvedForm |= Annotations.unresolvedClass(action.form());
      }
    }
    if (unresolvedForm) {
      return; // as for summaries
    }
    for (Map.Entry<TypeElement, List<Element>> owner :
        ownersNoneNames(round, List.of(Input.class), namedForms).entrySet()) {
      String name = owner.getKey().getSimpleName().toString();
      for (Element element : owner.getValue()) {
        Annotations.input(element)
            .ifPresent(g -> warnUnnamed("@Input", "the form of an action that names its class", "@Action",
                name, "@Action(type = FORM, form = " + name + ".class, ...)", element, g.mirror()));
      }
    }
  }

  /**
   * The classes of this round with members annotated with one of {@code annotations} that no card
   * names (not in {@code named}), each with its own annotated members: those the readers see (a
   * record component once, where it is written), then those they leave out, such as a static
   * field, which show nowhere either; an inherited member is judged with its own class.
   */
  private Map<TypeElement, List<Element>> ownersNoneNames(
      RoundEnvironment round, List<Class<? extends Annotation>> annotations, Set<String> named) {
    Set<TypeElement> owners = new LinkedHashSet<>();
    for (Class<? extends Annotation> annotation : annotations) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(Annotations.name(annotation));
      if (annotationType == null) {
        continue;
      }
      for (Element member : round.getElementsAnnotatedWith(annotationType)) {
        if (member.getEnclosingElement() instanceof TypeElement owner
            && !named.contains(owner.getQualifiedName().toString())) {
          owners.add(owner);
        }
      }
    }
    Map<TypeElement, List<Element>> members = new LinkedHashMap<>();
    for (TypeElement owner : owners) {
      List<Element> own = new ArrayList<>();
      for (Member member : scanner.scan(owner)) {
        own.add(member.element());
      }
      own.addAll(scanner.leftOut(owner, annotations));
      own.removeIf(member -> !owner.equals(member.getEnclosingElement()));
      members.put(owner, own);
    }
    return members;
  }

  private void warnUnnamed(String annotation, String showsIn, String namer, String owner, String fix,
      Element member, AnnotationMirror mirror) {
    reporter.warning(
        annotation + " only shows in " + showsIn + "; no " + namer + " in this compilation names " + owner
            + ". Name it with " + fix + ", or remove the annotation.",
        member, mirror, null);
  }

  /**
   * Notes a named class and every class and interface it inherits from in {@code named}: a member
   * declared in a superclass shows in the card as well.
   */
  private void addWithSupertypes(TypeMirror type, Set<String> named) {
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && named.add(element.getQualifiedName().toString())) {
      for (TypeMirror supertype : processingEnv.getTypeUtils().directSupertypes(type)) {
        addWithSupertypes(supertype, named);
      }
    }
  }

  private void writeServicesFile() {
    try {
      services.write();
    } catch (IOException | RuntimeException e) {
      reporter.error("crmcards could not write " + ServicesFile.PATH + ": " + e);
    } finally {
      reporter.flush();
    }
  }

  private void processSafely(TypeElement card) {
    try {
      process(card);
    } catch (RuntimeException | IOException | Error e) {
      if (e instanceof VirtualMachineError vme) {
        throw vme;
      }
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(
          "crmcards failed unexpectedly on " + card.getQualifiedName() + ". This is a bug in crmcards; "
              + "please report it with this message and the annotated class.\n" + trace,
          card);
      writeFallback(card);
    } finally {
      reporter.flush();
    }
  }

  /** The stand-in card class, so that uses of it add no errors to the card's own. */
  private void writeFallback(TypeElement card) {
    try {
      Optional<JavaFile> file = fallback.write(card, classWriter.servletApiPresent());
      if (file.isPresent()) {
        file.get().writeTo(processingEnv.getFiler());
      }
    } catch (IOException | RuntimeException e) {
      // The card's errors are reported; without the stand-in its uses are reported too.
      debug(card, "no stand-in card class: " + e);
    }
  }

  private void process(TypeElement card) throws IOException {
    beforeCard.accept(card);
    Optional<CardModel> model =
        requiredAttributes.check(card) ? validator.validate(card) : Optional.empty();
    if (model.isEmpty()) {
      writeFallback(card);
      debug(card, "not generated: see the errors above");
      return;
    }
    CardModel m = model.get();
    CrmCardGem gem = Annotations.crmCard(card);
    AnnotationMirror crmCard = gem.mirror();
    TypeElement other = cardsByName.putIfAbsent(m.name(), card);
    if (other != null && !other.equals(card)) {
      reporter.error(
          "Card name \"" + m.name() + "\" is already used by " + other.getQualifiedName()
              + "; each card needs its own name (it names the definition file). Set @CrmCard(name = \"...\").",
          card, crmCard, gem.name().getAnnotationValue());
      writeFallback(card);
      return;
    }
    if (cardsByName.size() > MAX_CARDS) {
      cardsByName.remove(m.name());
      reporter.error(
          "More than " + MAX_CARDS + " @CrmCard classes in one compilation: HubSpot allows at most "
              + MAX_CARDS + " cards per app. Split the cards into one module per app.",
          card, crmCard);
      writeFallback(card);
      return;
    }

    writeResource(m.definitionResourcePath(), DefinitionJson.of(m), card);
    writeResource(m.viewResourcePath(), ViewJson.of(m), card);
    if (!classWriter.servletApiPresent() && !toldAboutServletApi) {
      toldAboutServletApi = true;
      reporter.note(
          "crmcards: jakarta.servlet-api is not on the compile class path, so the generated card classes "
              + "have no servlet(handler, settings) method; add jakarta.servlet:jakarta.servlet-api (provided) to get it.",
          card);
    }
    JavaFileObject source = processingEnv.getFiler().createSourceFile(m.generatedClass().canonicalName(), card);
    try (Writer out = source.openWriter()) {
      out.write(classWriter.write(m));
    }
    services.add(m.generatedClass().reflectionName(), card);
    debug(
        card,
        "card \"" + m.name() + "\": " + m.properties().size() + " properties, " + m.actions().size()
            + " actions; wrote " + m.definitionResourcePath() + " and " + m.generatedClass().canonicalName());
  }

  /** Writes {@code text} as UTF-8 to {@code path} in the class output. */
  private void writeResource(String path, String text, TypeElement card) throws IOException {
    FileObject resource = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, card);
    try (OutputStream out = resource.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Member annotations outside a card class, or on members generated code cannot read. */
  private void checkMisplaced(RoundEnvironment round) {
    for (Class<? extends Annotation> annotation : Annotations.ON_MEMBERS) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(Annotations.name(annotation));
      if (annotationType == null) {
        continue;
      }
      String simple = "@" + annotation.getSimpleName();
      for (Element e : round.getElementsAnnotatedWith(annotationType)) {
        AnnotationMirror mirror = Annotations.find(e, annotation).orElse(null);
        Element owner = e.getEnclosingElement();
        if (owner == null || !Annotations.has(owner, CrmCard.class)) {
          if (!(owner instanceof TypeElement t && isInheritedByCard(t))) {
            reporter.error(
                simple + " only has an effect in a class annotated with @CrmCard; " + owner.getSimpleName()
                    + " has none.",
                e, mirror);
          }
        } else {
          Unreadable.of(e).ifPresent(why -> reporter.error(
              why == Unreadable.STATIC ? simple + " must be on an instance member: each object has its own value."
                  : simple + " on a method needs a no-arg method that returns the value.",
              e, mirror));
        }
      }
    }
    for (Class<? extends Annotation> annotation : List.of(Action.class, Actions.class)) {
      TypeElement a = processingEnv.getElementUtils().getTypeElement(Annotations.name(annotation));
      if (a == null) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(a)) {
        if (!Annotations.has(e, CrmCard.class)) {
          reporter.error(
              "@Action only has an effect on a class annotated with @CrmCard; add @CrmCard to "
                  + e.getSimpleName() + ".",
              e, Annotations.find(e, annotation).orElse(null));
        }
      }
    }
    checkOptionLabels(round);
  }

  /** Its target lets @OptionLabel sit on any field, but only an enum constant is an option or a category. */
  private void checkOptionLabels(RoundEnvironment round) {
    TypeElement optionLabel = processingEnv.getElementUtils().getTypeElement(Annotations.name(OptionLabel.class));
    if (optionLabel == null) {
      return;
    }
    for (Element e : round.getElementsAnnotatedWith(optionLabel)) {
      if (e.getKind() != javax.lang.model.element.ElementKind.ENUM_CONSTANT) {
        reporter.error(
            "@OptionLabel labels an enum constant shown as a form option or a chart category; " + e.getSimpleName()
                + " is not one. Move it onto a constant of the enum, or remove it (an @Input's own label is @Input(label = ...)).",
            e, Annotations.find(e, OptionLabel.class).orElse(null));
      }
    }
  }

  /** Abstract bases may hold annotated members that a card subclass inherits. */
  private boolean isInheritedByCard(TypeElement owner) {
    return owner.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
        && owner.getKind() == javax.lang.model.element.ElementKind.CLASS;
  }

  private boolean hasUnresolvedTypes(TypeElement card) {
    for (Element e : card.getEnclosedElements()) {
      if (MemberScanner.mentions(e.asType(), TypeKind.ERROR)
          || (e instanceof javax.lang.model.element.ExecutableElement m
              && MemberScanner.mentions(m.getReturnType(), TypeKind.ERROR))) {
        return true;
      }
    }
    // A supertype generated only later (Invoice extends GeneratedEntity<Long>).
    for (TypeMirror supertype : processingEnv.getTypeUtils().directSupertypes(card.asType())) {
      if (MemberScanner.mentions(supertype, TypeKind.ERROR)) {
        return true;
      }
    }
    // An inherited member's type may be a type argument the card gives its base class, generated
    // only in a later round: Invoice extends Entity<InvoiceStatus>.
    for (Member member : scanner.scan(card)) {
      if (MemberScanner.mentions(member.type(), TypeKind.ERROR)) {
        return true;
      }
    }
    return false;
  }


  private void debug(TypeElement card, String message) {
    if (options.debug()) {
      reporter.note("crmcards: " + card.getQualifiedName() + ": " + message, card);
    }
  }
}
