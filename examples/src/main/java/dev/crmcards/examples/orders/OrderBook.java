package dev.crmcards.examples.orders;

import dev.crmcards.Sort;
import dev.crmcards.examples.orders.OrderSummary.MonthCount;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The example's order system: {@value #ORDERS_PER_COMPANY} orders for every company, made up from
 * the company's id, so that each company always has the same ones. The newest first.
 */
public final class OrderBook {
  static final int ORDERS_PER_COMPANY = 200;

  /** The day the made-up order history ends; fixed, so that answers do not change with the clock. */
  static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

  /** Companies whose orders are kept made; others are made again on each request. */
  private static final int COMPANIES_KEPT = 1_000;

  private static final String[] CUSTOMERS = {
    "Ada Lovelace", "Grace Hopper", "Jürgen Müller", "Zoë Ångström", "Łukasz Żak", "Chloé Dubois",
    "Søren Kierkegaard", "Tim Robinson", "Nadia Boulanger", "Hedy Lamarr", "Alan Turing", "Ōta Yūki"
  };

  private static final Map<String, Comparator<Order>> ORDER_BY =
      Map.of(
          "placed", Comparator.comparing(Order::placed),
          "items", Comparator.comparingInt(Order::items),
          "total", Comparator.comparing(Order::total));

  private final Map<Long, List<Order>> byCompany = new ConcurrentHashMap<>();
  private final Map<Long, OrderSummary> summaries = new ConcurrentHashMap<>();

  /** Every order of the company, newest first; immutable. */
  public List<Order> of(long companyId) {
    List<Order> kept = byCompany.get(companyId);
    if (kept != null) {
      return kept;
    }
    List<Order> made = make(companyId);
    if (byCompany.size() < COMPANIES_KEPT) {
      byCompany.putIfAbsent(companyId, made);
    }
    return made;
  }

  /**
   * The summary of all the company's orders. A company's orders never change, so it is made once
   * and kept for the companies whose orders are kept: a first page without a search then costs no
   * more than any other page.
   */
  public OrderSummary summaryOf(long companyId) {
    OrderSummary kept = summaries.get(companyId);
    if (kept != null) {
      return kept;
    }
    OrderSummary made = summarize(of(companyId));
    if (summaries.size() < COMPANIES_KEPT) {
      summaries.putIfAbsent(companyId, made);
    }
    return made;
  }

  /** The figures and the chart of {@code orders}. */
  static OrderSummary summarize(List<Order> orders) {
    long open = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    // Months as YearMonth, printed once per bar: printing every order's date to cut its month out
    // of the text was the largest cost of a first page.
    Map<YearMonth, Long> perMonth = new TreeMap<>();
    for (Order o : orders) {
      if (o.state() == OrderState.OPEN) {
        open++;
      }
      if (o.state() != OrderState.RETURNED) {
        revenue = revenue.add(o.total());
      }
      perMonth.merge(YearMonth.from(o.placed()), 1L, Long::sum);
    }
    List<MonthCount> bars = new ArrayList<>(perMonth.size());
    perMonth.forEach((month, count) -> bars.add(new MonthCount(month.toString(), count)));
    return new OrderSummary(orders.size(), open, revenue, List.copyOf(bars));
  }

  /**
   * The company's orders whose number or customer contains {@code search} (ignoring case), in
   * the order asked for (ties stay newest first); newest first without a sort.
   */
  public List<Order> matching(long companyId, Optional<String> search, Optional<Sort> sort) {
    List<Order> orders = of(companyId);
    if (search.isPresent()) {
      String wanted = search.get().toLowerCase(Locale.ROOT);
      List<Order> found = new ArrayList<>();
      for (Order o : orders) {
        if (o.number().toLowerCase(Locale.ROOT).contains(wanted)
            || o.customer().toLowerCase(Locale.ROOT).contains(wanted)) {
          found.add(o);
        }
      }
      orders = found;
    }
    if (sort.isPresent()) {
      Comparator<Order> by = ORDER_BY.get(sort.get().property());
      List<Order> sorted = new ArrayList<>(orders);
      sorted.sort(sort.get().descending() ? by.reversed() : by);
      orders = sorted;
    }
    return orders;
  }

  private static List<Order> make(long companyId) {
    SplittableRandom random = new SplittableRandom(companyId);
    List<Order> orders = new ArrayList<>(ORDERS_PER_COMPANY);
    LocalDate day = LAST_DAY;
    for (int i = ORDERS_PER_COMPANY; i >= 1; i--) {
      long id = Math.abs(companyId % 100_000) * 1_000 + i;
      String number = "SO-" + id;
      int items = 1 + random.nextInt(12);
      BigDecimal total = BigDecimal.valueOf(items * (500 + random.nextInt(9_500)), 2);
      OrderState state =
          day.isAfter(LAST_DAY.minusDays(10)) ? OrderState.OPEN
              : random.nextInt(20) == 0 ? OrderState.RETURNED : OrderState.SHIPPED;
      orders.add(
          new Order(id, number, URI.create("https://www.example.com/shop/orders/" + number), day,
              CUSTOMERS[random.nextInt(CUSTOMERS.length)], items, total, state));
      day = day.minusDays(random.nextInt(4));
    }
    return List.copyOf(orders);
  }
}
