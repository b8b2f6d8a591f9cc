package dev.crmcards.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.rules.DataTypes;
import dev.crmcards.rules.Limits;
import dev.crmcards.rules.json.JsonReader;
import dev.crmcards.rules.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published vocabulary file, and the TypeScript made from it. */
class VocabularyTest {

  @Test
  void theJarPublishesWhatTheRulesSay() throws IOException {
    String published;
    try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(Vocabulary.RESOURCE)) {
      assertThat(in).as(Vocabulary.RESOURCE + " on the class path (written at process-classes)").isNotNull();
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(published).isEqualTo(VocabularyJson.render(Vocabulary.TERMS));
  }

  @Test
  void everyTermReadsBackAsTheRuleItCameFrom() {
    JsonValue json = JsonReader.parse(VocabularyJson.render(Vocabulary.TERMS));
    assertThat(json.members().keySet()).first().isEqualTo("$comment");
    assertThat(json.members().keySet()).hasSize(Vocabulary.TERMS.size() + 1);
    for (Term term : Vocabulary.TERMS) {
      JsonValue read = json.path(term.key());
      assertThat(read.path("description").text()).isEqualTo(term.description());
      if (term instanceof Term.Names names) {
        assertThat(read.path("type").text()).isEqualTo(names.type());
        assertThat(read.path("values").elements()).extracting(JsonValue::text).isEqualTo(names.values());
      } else if (term instanceof Term.Table table) {
        assertThat(read.path("rows").elements())
            .extracting(row -> table.columns().stream().map(c -> row.path(c).text()).toList())
            .isEqualTo(table.rows());
      } else if (term instanceof Term.Count count) {
        assertThat(read.path("value").text()).isEqualTo(Long.toString(count.value()));
      } else if (term instanceof Term.Text text) {
        assertThat(read.path("value").text()).isEqualTo(text.value());
      }
    }
    assertThat(json.path("dataTypes").path("values").elements()).extracting(JsonValue::text)
        .isEqualTo(DataTypes.RENDERED);
    assertThat(json.path("objectsShown").path("value").text()).isEqualTo(String.valueOf(Limits.OBJECTS_SHOWN));
    assertThat(json.path("recordTypes").path("rows").get(3).path("objectTypeId").text()).isEqualTo("0-5");
  }

  @Test
  void typeScriptHasALiteralUnionPerNamesTermAndIsMarkedGenerated() {
    String typescript = TypeScriptVocabulary.render(VocabularyJson.render(Vocabulary.TERMS));
    assertThat(typescript)
        .startsWith("// Generated from the vocabulary crmcards-rules publishes (dev/crmcards/rules/vocabulary.json)")
        .contains(
            "export const STATUS_TYPES = ['DEFAULT', 'SUCCESS', 'WARNING', 'DANGER', 'INFO'] as const;\n"
                + "export type StatusType = (typeof STATUS_TYPES)[number];\n"
                + "export const isStatusType = (value: unknown): value is StatusType =>\n"
                + "  (STATUS_TYPES as readonly unknown[]).includes(value);\n",
            "  { objectTypeId: '0-1', definitionName: 'contacts', requestName: 'CONTACT' },\n",
            "export const OBJECTS_SHOWN = 5;\n",
            "export const DEFAULT_CONFIRM_BUTTON_TEXT = 'Yes';\n")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    assertThat(typescript.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(TypeScriptVocabulary.render(VocabularyJson.render(Vocabulary.TERMS))).isEqualTo(typescript);
  }

  @Test
  void namesAndTextsAreQuotedForEachLanguage() {
    List<Term> odd =
        List.of(
            new Term.Names("oddNames", "OddName", "Quotes \" and 'apostrophes'.", List.of("it's", "a\\b")),
            new Term.Text("oddText", "A text.", "say \"hi\""));
    String json = VocabularyJson.render(odd);
    assertThat(JsonReader.parse(json).path("oddNames").path("values").elements())
        .extracting(JsonValue::text).containsExactly("it's", "a\\b");
    assertThat(TypeScriptVocabulary.render(json))
        .contains("export const ODD_NAMES = ['it\\'s', 'a\\\\b'] as const;")
        .contains("export const ODD_TEXT = 'say \"hi\"';");
  }

  @Test
  void keysAndTypesAreSpelledSoEveryLanguageCanUseThem() {
    assertThatThrownBy(() -> new Term.Count("objects-shown", "x", 5))
        .hasMessage("a vocabulary key is lowerCamelCase, got objects-shown");
    assertThatThrownBy(() -> new Term.Names("dataTypes", "dataType", "x", List.of()))
        .hasMessage("a vocabulary type is UpperCamelCase, got dataType");
    assertThatThrownBy(
            () -> new Term.Table("rows", "Row", "x", List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
        .hasMessage("rows: a row needs a value for each of [a, b], got [3]");
    assertThat(TypeScriptVocabulary.constantName("fetchTimeoutMillis")).isEqualTo("FETCH_TIMEOUT_MILLIS");
  }
}
