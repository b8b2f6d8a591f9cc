package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Members a card or its summary inherits from a generic base class are read with the types the
 * subclass gives them: {@code ID id} of {@code Entity<ID>} is a {@code Long} in a card that
 * extends {@code Entity<Long>}, checked and written as one.
 */
class InheritedMembersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final JavaFileObject ENTITY =
      source(
          "Entity",
          "public abstract class Entity<ID, A> {",
          "  @ObjectId public final ID id;",
          "  @CardProperty(label = \"Amount\", type = CURRENCY) public final A amount;",
          "  protected Entity(ID id, A amount) { this.id = id; this.amount = amount; }",
          "  @CardProperty(label = \"Reference\", type = NUMERIC) public A reference() { return amount; }",
          "}");

  private static final JavaFileObject FIGURES =
      source(
          "Figures",
          "public abstract class Figures<N extends Number> {",
          "  private final N open;",
          "  protected Figures(N open) { this.open = open; }",
          "  @Statistic(label = \"Open\") public N open() { return open; }",
          "}");

  private static final String INVOICE_STATE = "package test; public enum InvoiceState { OPEN, PAID }";

  private static final JavaFileObject INVOICE =
      source(
          "Invoice",
          "@CrmCard(title = \"Invoices\", targetUrl = \"https://bugs.example.com/fetch\",",
          "    objectTypes = @ObjectType(CONTACTS), layout = CardLayout.TABLE, summary = InvoiceFigures.class)",
          "public final class Invoice extends Entity<Long, BigDecimal> {",
          "  @Title public final String number;",
          "  public Invoice(long id, BigDecimal amount, String number) {",
          "    super(id, amount);",
          "    this.number = number;",
          "  }",
          "}");

  private static final JavaFileObject INVOICE_FIGURES =
      source(
          "InvoiceFigures",
          "public final class InvoiceFigures extends Figures<Long> {",
          "  public InvoiceFigures(long open) { super(open); }",
          "}");

  @Test
  void inheritedMembersHaveTheTypesTheCardGivesThem() throws Exception {
    Compilation c = Cards.compile(ENTITY, FIGURES, INVOICE, INVOICE_FIGURES);
    Cards.assertSucceededWithoutWarnings(c);
    assertThat(Cards.sourceOf(c, "test.InvoiceCrmCard")).contains("Long id = object.id;");

    ClassLoader loader = new GeneratedClassLoader(c);
    Class<?> invoice = loader.loadClass("test.Invoice");
    Class<?> figures = loader.loadClass("test.InvoiceFigures");
    Object row = construct(invoice, 7L, new BigDecimal("12.50"), "INV-7");
    Object summary = construct(figures, 3L);
    JsonOutput out = new JsonOutput(256);
    loader.loadClass("test.InvoiceCrmCard")
        .getMethod("write", CardResponse.class, figures, int.class, JsonOutput.class)
        .invoke(null, CardResponse.of(List.of(row)), summary, 10, out);

    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.at("/results/0/objectId").isNumber()).isTrue();
    assertThat(json.at("/results/0/objectId").asLong()).isEqualTo(7);
    assertThat(json.at("/results/0/amount").asText()).isEqualTo("12.50");
    assertThat(json.at("/results/0/reference").asText()).isEqualTo("12.50");
    assertThat(json.at("/summary/open").asText()).isEqualTo("3");
  }

  @Test
  void anInheritedMemberIsStillCheckedAtTheTypeTheCardGivesIt() {
    JavaFileObject wrong =
        source(
            "Invoice",
            "@CrmCard(title = \"Invoices\", targetUrl = \"https://bugs.example.com/fetch\",",
            "    objectTypes = @ObjectType(CONTACTS))",
            "public final class Invoice extends Entity<String, java.util.List<String>> {",
            "  @Title public final String number;",
            "  public Invoice(String id, String number) { super(id, List.of()); this.number = number; }",
            "}");
    Compilation c = Cards.compile(ENTITY, wrong);
    assertThat(c).hadErrorContaining("@ObjectId 'id' has type java.lang.String; @ObjectId needs long, int, Long or Integer.")
        .inFile(ENTITY).onLineContaining("final ID id");
    assertThat(c).hadErrorContaining("does not accept java.util.List<java.lang.String> ('amount')")
        .inFile(ENTITY).onLineContaining("final A amount");
    // The errors show at Entity, which declares ID and A: the card says which types it gave them.
    assertThat(c).hadNoteContaining("crmcards checks the members Invoice inherits with the types it gives them:"
            + " 'id' as java.lang.String, 'amount' as java.util.List<java.lang.String>, 'reference' as"
            + " java.util.List<java.lang.String>.")
        .inFile(wrong).onLineContaining("public final class Invoice");
  }

  @Test
  void anAnnotatedMemberInheritedThroughARawSupertypeIsRefusedWithTheFix() {
    JavaFileObject base =
        source(
            "Entity",
            "public abstract class Entity<ID> {",
            "  @ObjectId public long id;",
            "  @ExtraProperties public List<Property> extra = List.of();",
            "}");
    JavaFileObject card =
        invoice("@SuppressWarnings(\"rawtypes\") public final class Invoice extends Entity {",
            "  @Title public String number;",
            "  @CardProperty(label = \"Customer\") public String customer;");
    Compilation c = Cards.compile(base, card);
    for (String member : List.of("id", "extra")) {
      assertThat(c)
          .hadErrorContaining("Invoice inherits '" + member + "' from Entity through a supertype it names raw,"
              + " without type arguments, so '" + member + "' has no type of Invoice's for crmcards to check and"
              + " write. Give every generic supertype its type arguments, e.g. extends Entity<Long> rather than"
              + " extends Entity.")
          .inFile(card).onLineContaining("class Invoice extends Entity");
    }
    assertThat(c).hadErrorCount(2);
  }

  @Test
  void aRawSupertypeWithoutAnnotatedMembersIsNoConcern() {
    JavaFileObject base =
        source("Audited", "public abstract class Audited<U> {", "  public U changedBy;", "}");
    JavaFileObject card =
        invoice("@SuppressWarnings(\"rawtypes\") public final class Invoice extends Audited {",
            "  @ObjectId public long id;",
            "  @Title public String number;",
            "  @CardProperty(label = \"Customer\") public String customer;");
    Cards.assertSucceededWithoutWarnings(Cards.compile(List.of("-Xlint:all"), base, card));
  }

  @Test
  void aCardWaitsForATypeArgumentAnotherProcessorGenerates() {
    JavaFileObject card =
        invoice("public final class Invoice extends Entity<Long, InvoiceState> {",
            "  @Title public final String number;",
            "  public Invoice(long id, InvoiceState state, String number) { super(id, state); this.number = number; }");
    JavaFileObject base =
        source(
            "Entity",
            "public abstract class Entity<ID, S> {",
            "  @ObjectId public final ID id;",
            "  @CardProperty(label = \"State\") public final S state;",
            "  protected Entity(ID id, S state) { this.id = id; this.state = state; }",
            "}");
    Compilation c = compileWithGenerated("test.InvoiceState", INVOICE_STATE, base, card);
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("test.InvoiceCrmCard");
  }

  @Test
  void aCardWaitsForABaseClassAnotherProcessorGenerates() {
    JavaFileObject card =
        invoice("public final class Invoice extends GeneratedEntity<Long> {",
            "  @Title public String number;",
            "  @CardProperty(label = \"Customer\") public String customer;");
    String base =
        "package test; public abstract class GeneratedEntity<ID> { @dev.crmcards.ObjectId public ID id; }";
    Compilation c = compileWithGenerated("test.GeneratedEntity", base, card);
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("test.InvoiceCrmCard");
  }

  @Test
  void aCardWaitsForItsOwnMembersTypeAnotherProcessorGenerates() {
    JavaFileObject card =
        source(
            "Invoice",
            "@CrmCard(title = \"Invoices\", targetUrl = \"https://bugs.example.com/fetch\",",
            "    objectTypes = @ObjectType(CONTACTS))",
            "public record Invoice(@ObjectId long id, @Title String number, @CardProperty(label = \"State\") InvoiceState state) {}");
    Compilation c = compileWithGenerated("test.InvoiceState", INVOICE_STATE, card);
    assertThat(c).succeeded();
  }

  /** {@code test.Invoice}, a card class: its declaration line, then its body lines. */
  private static JavaFileObject invoice(String declaration, String... body) {
    List<String> lines = new ArrayList<>(List.of(
        "@CrmCard(title = \"Invoices\", targetUrl = \"https://bugs.example.com/fetch\",",
        "    objectTypes = @ObjectType(CONTACTS))",
        declaration));
    lines.addAll(List.of(body));
    lines.add("}");
    return source("Invoice", lines.toArray(new String[0]));
  }

  /** Compiles {@code sources} beside another processor that writes {@code generated} in round one. */
  private static Compilation compileWithGenerated(String className, String generated, JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new WritesSourceInRoundOne(className, generated), new CrmCardProcessor())
        .compile(sources);
  }

  private static Object construct(Class<?> type, Object... arguments) throws Exception {
    Constructor<?> constructor = type.getDeclaredConstructors()[0];
    return constructor.newInstance(arguments);
  }
}
