package dev.crmcards.load.rich;

import java.util.List;

/** The billing rows the rich card shows: five subscriptions of one contact, fixed. */
final class SubscriptionBook {
  private SubscriptionBook() {}

  static final List<SubscriptionRow> ROWS =
      List.of(
          new SubscriptionRow(
              4101, "Müller & Söhne GmbH", "Pro", 49_900, 25, 0.875, 19_724, 1_764_547_200_000L,
              "buchhaltung@mueller-soehne.example", "INV-2026-0412", "ACTIVE",
              "Renewal agreed by phone.\nAsk for \"Finance\" first.", 12.5, 0, "EUR", 20_089,
              1_765_010_000_123L, "jana.novak@example.com", "C-7731", true, "Baden-Württemberg"),
          new SubscriptionRow(
              4102, "Société Générale d'Études", "Premium « Plus »", 129_000, 140, 0.31, 19_500,
              1_764_633_600_000L, "factures@sge.example", "INV-2026-0519", "PAST_DUE",
              "Export path: C:\\billing\\sge\\2026 — see\ttab-separated file", 0, 258_000, "EUR",
              20_120, 1_764_900_000_456L, "paul.martin@example.com", "C-7802", false,
              "Île-de-France"),
          new SubscriptionRow(
              4103, "北京数据有限公司", "Team", 19_900, 8, 1.0, 20_300, 1_764_720_000_000L,
              "finance@bj-data.example", "INV-2026-0533", "TRIAL",
              "Trial ends soon; 试用期即将结束。", 0, 0, "CNY", 20_095, 1_765_020_000_789L,
              "li.wei@example.com", "C-7810", true, "北京市"),
          new SubscriptionRow(
              4104, "Café Olé ☕ Ltd", "Starter 🚀", 990, 2, 0.05, 20_010, 1_764_806_400_000L,
              "owner@cafe-ole.example", "INV-2026-0540", "CANCELLED",
              "Cancelled by the owner: \"too many features\".", 100, 0, "GBP", 20_010,
              1_764_000_000_000L, "sam.taylor@example.com", "C-7815", true, "Greater London"),
          new SubscriptionRow(
              4105, "Nordic Fjord AS", "Enterprise", 1_250_000, 1_200, 0.6427, 18_900,
              1_764_892_800_000L, "ap@nordicfjord.example", "INV-2026-0555", "ACTIVE",
              "SLA 99.9 %, reviewed quarterly", 7.25, 1_250_000, "NOK", 20_180,
              1_765_030_000_000L, "ola.nordmann@example.com", "C-7820", true, "Vestland"));
}
