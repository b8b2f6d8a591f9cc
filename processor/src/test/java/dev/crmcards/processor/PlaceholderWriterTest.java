package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.crmcards.processor.Cards.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the writer generated for actions whose uri names members of every kind a {placeholder} may
 * have: each is written as its toString() (an enum as its name()), the text the routes' path
 * parameters read, and none within a long makes a String on the way.
 */
class PlaceholderWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Constructor<?> account;
  private static MethodHandle write;

  @BeforeAll
  static void compile() throws Exception {
    Compilation c = Cards.compile(source("Account",
        "@CrmCard(title = \"Accounts\", targetUrl = \"https://a.example.com/cards/accounts\",",
        "         objectTypes = @ObjectType(COMPANIES))",
        "@Action(id = \"open\", type = IFRAME, label = \"Open\",",
        "        uri = \"https://a.example.com/accounts/{key}/ledgers/{ledger}/{region}/{seq}/{count}\")",
        "@Action(id = \"sync\", type = ACTION_HOOK, label = \"Sync\", method = HttpMethod.POST,",
        "        uri = \"https://a.example.com/cards/accounts/{key}/sync/{ledger}\")",
        "record Account(@ObjectId long id, @Title String title, UUID key, BigInteger ledger,",
        "               @CardProperty(label = \"Region\") Region region,",
        "               long seq, Integer count) {",
        "  enum Region { NORTH, SOUTH }",
        "}"));
    Cards.assertSucceededWithoutWarnings(c);
    ClassLoader loader = new GeneratedClassLoader(c);
    account = loader.loadClass("test.Account").getDeclaredConstructors()[0];
    account.setAccessible(true);
    write = MethodHandles.publicLookup()
        .unreflect(loader.loadClass("test.AccountCrmCard").getMethod("write", CardResponse.class, JsonOutput.class))
        .asType(MethodType.methodType(void.class, CardResponse.class, JsonOutput.class));
  }

  private static Object account(long id, UUID key, BigInteger ledger) throws Exception {
    Object south = account.getDeclaringClass().getDeclaredClasses()[0].getEnumConstants()[1];
    return account.newInstance(id, "Account " + id, key, ledger, south, -7L, 42);
  }

  @Test
  void eachPlaceholderIsWrittenAsItsText() throws Throwable {
    UUID key = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    BigInteger beyondALong = BigInteger.TEN.pow(30);
    JsonOutput json = new JsonOutput(256);
    write.invokeExact(CardResponse.of(List.of(account(1, key, BigInteger.valueOf(99)), account(2, key, beyondALong))),
        json);
    JsonNode results = JSON.readTree(json.toString()).path("results");
    assertThat(results.at("/0/actions/0/uri").asText())
        .isEqualTo("https://a.example.com/accounts/123e4567-e89b-12d3-a456-426614174000/ledgers/99/SOUTH/-7/42");
    assertThat(results.at("/0/actions/1/uri").asText())
        .isEqualTo("https://a.example.com/cards/accounts/123e4567-e89b-12d3-a456-426614174000/sync/99");
    assertThat(results.at("/1/actions/1/uri").asText())
        .isEqualTo("https://a.example.com/cards/accounts/123e4567-e89b-12d3-a456-426614174000/sync/" + beyondALong);
  }

  @Test
  void writingUuidsAndBigIntegersWithinALongAllocatesNothing() throws Throwable {
    List<Object> accounts = new ArrayList<>();
    for (int i = 0; i < 5; i++) { // the most a legacy answer shows
      accounts.add(account(i, new UUID(i * 31L, -i), BigInteger.valueOf(Long.MAX_VALUE - i)));
    }
    CardResponse<?> response = CardResponse.of(accounts);
    JsonOutput json = new JsonOutput(16 * 1024);
    assertThat(Allocations.leastAllocated(2_000, () -> {
      json.reset();
      write.invokeExact(response, json);
    })).isEqualTo(0L);
    assertThat(json.toString()).contains("/accounts/00000000-0000-007c-ffff-fffffffffffc/ledgers/9223372036854775803/");
  }
}
