package dev.crmcards.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.crmcards.processor.Cards.source;

import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.reflect.Constructor;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A figure may be of every number type a chart's y may be, and a CURRENCY figure of every type a
 * CURRENCY card property may be: each compiles, and the generated writer puts it in the answer as
 * a column value of its type travels, a JSON string of its digits, leaving out a null one and a
 * float or double JSON cannot hold.
 */
class SummaryFigureTypesTest {
  private static SummaryCard card;
  private static Constructor<?> figures;

  @BeforeAll
  static void compile() throws Exception {
    card =
        SummaryCard.compile(
            "Figures",
            source(
                "Figures",
                "record Figures(",
                "  @Statistic(label = \"Hours\") Double hours,",
                "  @Statistic(label = \"Ratio\") Float ratio,",
                "  @Statistic(label = \"Share\") float share,",
                "  @Statistic(label = \"Teams\") short teams,",
                "  @Statistic(label = \"Rooms\") Short rooms,",
                "  @Statistic(label = \"Floors\") byte floors,",
                "  @Statistic(label = \"Wings\") Byte wings,",
                "  @Statistic(label = \"Bytes\") BigInteger bytes,",
                "  @Statistic(label = \"Paid\", type = CURRENCY, currencyCode = \"EUR\") Double paid,",
                "  @Statistic(label = \"Owed\", type = CURRENCY, currencyCode = \"EUR\") Long owed,",
                "  @Statistic(label = \"Fees\", type = CURRENCY, currencyCode = \"EUR\") long fees,",
                "  @Statistic(label = \"Refunds\", type = CURRENCY, currencyCode = \"EUR\") double refunds) {}"));
    figures = card.summary().getDeclaredConstructors()[0];
    figures.setAccessible(true);
  }

  private static Object figures(
      Double hours, Float ratio, float share, Short rooms, Byte wings, BigInteger bytes, Double paid, Long owed,
      double refunds) throws Exception {
    return figures.newInstance(
        hours, ratio, share, (short) 3, rooms, (byte) 5, wings, bytes, paid, owed, 7L, refunds);
  }

  @Test
  void everyFigureIsTheStringOfItsDigitsAsAColumnValueIs() throws Exception {
    Object all =
        figures(7.5, 0.25f, 0.5f, (short) 4, (byte) 6, new BigInteger("123456789012345678901234567890"), 19.99, 12L,
            2.5);
    assertThat(card.written(all))
        .isEqualTo("{\"hours\":\"7.5\",\"ratio\":\"0.25\",\"share\":\"0.5\",\"teams\":\"3\",\"rooms\":\"4\","
            + "\"floors\":\"5\",\"wings\":\"6\",\"bytes\":\"123456789012345678901234567890\",\"paid\":\"19.99\","
            + "\"owed\":\"12\",\"fees\":\"7\",\"refunds\":\"2.5\"}");
  }

  @Test
  void aNullFigureOfEveryBoxIsLeftOut() throws Exception {
    assertThat(card.written(figures(null, null, 0.5f, null, null, null, null, null, 2.5)))
        .isEqualTo("{\"share\":\"0.5\",\"teams\":\"3\",\"floors\":\"5\",\"fees\":\"7\",\"refunds\":\"2.5\"}");
  }

  @Test
  void aFloatOrDoubleJsonCannotHoldIsLeftOut() throws Exception {
    for (float notFinite : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
      assertWithMessage("%s", notFinite)
          .that(card.written(figures((double) notFinite, notFinite, notFinite, null, null, null, (double) notFinite, null, notFinite)))
          .isEqualTo("{\"teams\":\"3\",\"floors\":\"5\",\"fees\":\"7\"}");
    }
  }

  @Test
  void writingTheFiguresAllocatesNothing() throws Throwable {
    // The runtime allocates the text of a BigInteger and of a float that is not whole (see
    // JsonOutput.quotedNumber and quotedFloat), so here the BigInteger is null and the floats are whole.
    Object summary = figures(7.5, 2f, 3f, (short) 4, (byte) 6, null, 19.99, 12L, 2.5);
    JsonOutput json = new JsonOutput(4 * 1024);
    assertThat(Allocations.writingAPage(card.write(), CardResponse.of(List.of()), summary, json)).isEqualTo(0L);
    assertThat(json.toString()).contains("\"hours\":\"7.5\",\"ratio\":\"2\",\"share\":\"3\",");
  }
}
