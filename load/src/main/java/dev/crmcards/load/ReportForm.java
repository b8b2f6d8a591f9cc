package dev.crmcards.load;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import dev.crmcards.examples.bugtracker.BugReport;
import dev.crmcards.examples.bugtracker.BugTicket;
import dev.crmcards.examples.bugtracker.BugTicketCrmCard;
import dev.crmcards.examples.bugtracker.Reschedule;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bug tracker's largest form, "Report a bug", as load and benchmarks send it: a body that
 * fills every input, and a handler that only keeps the last report (the example's own handler
 * files a ticket per report, which would grow without end under load).
 */
public final class ReportForm {
  /** The form's route: the {@code reportBug} action's URI. */
  public static final String URL = "https://example.com/tickets";

  /** Every input filled, with non-ASCII and escaped text, a set, a date and a decimal. */
  public static final String JSON =
      "{\"title\":\"Export drops the last row — \\\"CSV\\\" only\",\"severity\":\"HIGH\","
          + "\"due\":\"2026-12-24\",\"estimateHours\":6.5,\"tags\":[\"UI\",\"DATA_LOSS\"],"
          + "\"notes\":\"Steps: export 11 rows, open the file.\\nExpected 11 rows, got 10.\","
          + "\"blocking\":true,\"build\":\"1.4.2\",\"affectedUsers\":120,\"cost\":1250.50}";

  public static final byte[] BODY = JSON.getBytes(StandardCharsets.UTF_8);

  private ReportForm() {}

  /** Answers the form with a fixed message; fetches are empty, the other actions succeed. */
  public static final class Handler implements BugTicketCrmCard.Handler {
    private static final ActionResult FILED = ActionResult.ok("Report filed.");
    private static final ActionResult DONE = ActionResult.ok("Done.");

    private volatile BugReport last;

    /** The last report the card's reader handed over. */
    public BugReport last() {
      return last;
    }

    @Override
    public CardResponse<BugTicket> fetch(FetchRequest request) {
      return CardResponse.of(List.of());
    }

    @Override
    public ActionResult resolve(ActionRequest request, long id) {
      return DONE;
    }

    @Override
    public ActionResult delete(ActionRequest request, long id) {
      return DONE;
    }

    @Override
    public ActionResult reportBug(ActionRequest request, BugReport form) {
      last = form;
      return FILED;
    }

    @Override
    public ActionResult reschedule(ActionRequest request, long id, Reschedule form) {
      return DONE;
    }
  }
}
