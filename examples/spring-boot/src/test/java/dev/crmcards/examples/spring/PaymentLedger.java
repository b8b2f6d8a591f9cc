package dev.crmcards.examples.spring;

import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.Sort;
import dev.crmcards.examples.spring.PaymentSummary.PayerCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The payments card's handler: pages, sorts and searches {@value #COUNT} payments held in memory,
 * and sums up what the search matched. No component: a test registers it as a bean, so that the
 * application's other tests serve the invoices alone. It counts its fetches and keeps the last
 * search, so that a test sees what reached it.
 */
class PaymentLedger implements PaymentCrmCard.Handler {
  static final int COUNT = 25;

  /** Five payments each, in turn; one name with a '+', which a query must escape to search for. */
  static final List<String> PAYERS =
      List.of("Ada Lovelace", "Grace Hopper", "Smith + Sons", "Hedy Lamarr", "Alan Turing");

  /**
   * PAY-001 to PAY-025, each of a different amount from 100 to 340 EUR in steps of 10, in an
   * order of their own (7 times the number, modulo 25), so that sorting by amount moves them.
   */
  static final List<Payment> PAYMENTS = payments();

  final AtomicInteger fetches = new AtomicInteger();
  final AtomicReference<Optional<String>> lastSearch = new AtomicReference<>();

  private static List<Payment> payments() {
    List<Payment> payments = new ArrayList<>(COUNT);
    for (int i = 1; i <= COUNT; i++) {
      payments.add(new Payment(i, String.format(Locale.ROOT, "PAY-%03d", i),
          PAYERS.get((i - 1) % PAYERS.size()), 100 + 10 * (i * 7 % COUNT)));
    }
    return List.copyOf(payments);
  }

  /** One page of the payments the search matches, in the order asked for, with their number. */
  @Override
  public CardResponse<Payment> fetch(FetchRequest request) {
    fetches.incrementAndGet();
    lastSearch.set(request.search());
    List<Payment> matching = matching(request.search(), request.sort());
    int from = (int) Math.min((long) (request.page() - 1) * request.pageSize(), matching.size());
    int to = Math.min(from + request.pageSize(), matching.size());
    return CardResponse.builder(matching.subList(from, to)).total(matching.size()).build();
  }

  /** The number and the sum of the payments the search matches, and how many each payer made. */
  @Override
  public PaymentSummary summary(FetchRequest request) {
    List<Payment> matching = matching(request.search(), Optional.empty());
    Map<String, Long> perPayer = new LinkedHashMap<>();
    long received = 0;
    for (Payment payment : matching) {
      received += payment.amount();
      perPayer.merge(payment.payer(), 1L, Long::sum);
    }
    List<PayerCount> bars = new ArrayList<>();
    perPayer.forEach((payer, payments) -> bars.add(new PayerCount(payer, payments)));
    return new PaymentSummary(matching.size(), received, bars);
  }

  /**
   * The payments whose reference or payer contains {@code search} (ignoring case), by amount
   * when asked (amount is the one sortable property), else by number.
   */
  private static List<Payment> matching(Optional<String> search, Optional<Sort> sort) {
    List<Payment> found = new ArrayList<>();
    String wanted = search.orElse("").toLowerCase(Locale.ROOT);
    for (Payment payment : PAYMENTS) {
      if (payment.reference().toLowerCase(Locale.ROOT).contains(wanted)
          || payment.payer().toLowerCase(Locale.ROOT).contains(wanted)) {
        found.add(payment);
      }
    }
    sort.ifPresent(by -> {
      Comparator<Payment> byAmount = Comparator.comparingInt(Payment::amount);
      found.sort(by.descending() ? byAmount.reversed() : byAmount);
    });
    return found;
  }
}
