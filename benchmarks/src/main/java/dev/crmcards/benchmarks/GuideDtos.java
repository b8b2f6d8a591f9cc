package dev.crmcards.benchmarks;

import dev.crmcards.ActionType;
import dev.crmcards.CardAction;
import dev.crmcards.CardResponse;
import dev.crmcards.Property;
import dev.crmcards.benchmarks.dto.ActionDto;
import dev.crmcards.benchmarks.dto.ActionHookDto;
import dev.crmcards.benchmarks.dto.ConfirmationActionHookDto;
import dev.crmcards.benchmarks.dto.FormActionDto;
import dev.crmcards.benchmarks.dto.IframeActionDto;
import dev.crmcards.benchmarks.dto.PropertyDto;
import dev.crmcards.benchmarks.dto.ResponseDto;
import dev.crmcards.benchmarks.dto.ResultDto;
import dev.crmcards.examples.bugtracker.BugTicket;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the data classes the Jackson databind and dsl-json benchmarks serialize from a bug-tracker
 * response, the way an application without generated writers would: the card's declared actions
 * (the {@code @Action}s of {@link BugTicket}) are spelled out here, URIs get the ticket id, and
 * Reassign, Resolve and Reschedule are shown only on open tickets.
 */
public final class GuideDtos {
  static final int IFRAME_WIDTH = 890;
  static final int IFRAME_HEIGHT = 748;
  static final String TICKETS = "https://example.com/tickets/";

  private GuideDtos() {}

  /** The response as data classes; at most {@link CardResponse#MAX_RESULTS} results. */
  public static ResponseDto from(CardResponse<BugTicket> response) {
    ResponseDto dto = new ResponseDto();
    List<BugTicket> tickets = response.results();
    int count = Math.min(tickets.size(), CardResponse.MAX_RESULTS);
    dto.results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      dto.results.add(result(tickets.get(i), response));
    }
    dto.settingsAction =
        (IframeActionDto)
            response
                .settingsAction()
                .map(GuideDtos::action)
                .orElseGet(
                    () -> iframe("https://example.com/settings-iframe-contents", "Settings"));
    dto.primaryAction =
        response
            .primaryAction()
            .map(GuideDtos::action)
            .orElseGet(() -> iframe("https://example.com/create-iframe-contents", "Create Ticket"));
    dto.secondaryActions = new ArrayList<>();
    dto.secondaryActions.add(form("reportBug", "POST", "https://example.com/tickets", "Report a bug"));
    response.secondaryActions().forEach(a -> dto.secondaryActions.add(action(a)));
    return dto;
  }

  private static ResultDto result(BugTicket ticket, CardResponse<BugTicket> response) {
    ResultDto dto = new ResultDto();
    dto.objectId = ticket.id();
    dto.title = ticket.title();
    dto.link = ticket.link();
    dto.created = ticket.created();
    dto.priority = ticket.priority();
    dto.project = ticket.project();
    dto.reportedBy = ticket.reportedBy();
    dto.description = ticket.description();
    dto.reporterType = ticket.reporterType();
    dto.status = ticket.status();
    dto.ticketType = ticket.ticketType();
    dto.updated = ticket.updated();
    if (ticket.properties() != null && !ticket.properties().isEmpty()) {
      dto.properties = new ArrayList<>(ticket.properties().size());
      for (Property property : ticket.properties()) {
        dto.properties.add(property(property));
      }
    }
    List<ActionDto> actions = new ArrayList<>(5);
    actions.add(iframe("https://example.com/edit-iframe-contents", "Edit"));
    if (isOpen(ticket)) {
      actions.add(iframe("https://example.com/reassign-iframe-contents", "Reassign"));
      ActionHookDto resolve = new ActionHookDto();
      resolve.httpMethod = "PUT";
      resolve.uri = TICKETS + ticket.id() + "/resolve";
      resolve.label = "Resolve";
      actions.add(resolve);
    }
    ConfirmationActionHookDto delete = new ConfirmationActionHookDto();
    delete.confirmationMessage = "Are you sure you want to delete this ticket?";
    delete.confirmButtonText = "Yes";
    delete.cancelButtonText = "No";
    delete.httpMethod = "DELETE";
    delete.associatedObjectProperties = List.of("protected_account");
    delete.uri = TICKETS + ticket.id();
    delete.label = "Delete";
    actions.add(delete);
    if (isOpen(ticket)) {
      actions.add(form("reschedule", "PUT", TICKETS + ticket.id() + "/schedule", "Reschedule"));
    }
    for (CardAction extra : response.objectActions(ticket)) {
      actions.add(action(extra));
    }
    dto.actions = actions;
    return dto;
  }

  /** The card's {@code when = "open"} condition: resolved tickets are closed. */
  static boolean isOpen(BugTicket ticket) {
    return !"Resolved".equals(ticket.status());
  }

  private static PropertyDto property(Property property) {
    PropertyDto dto = new PropertyDto();
    dto.label = property.label();
    dto.dataType = property.dataType().name();
    dto.value = property.value();
    dto.currencyCode = property.currencyCode().orElse(null);
    dto.linkLabel = property.linkLabel().orElse(null);
    dto.optionType = property.optionType().map(Enum::name).orElse(null);
    return dto;
  }

  private static IframeActionDto iframe(String uri, String label) {
    IframeActionDto dto = new IframeActionDto();
    dto.width = IFRAME_WIDTH;
    dto.height = IFRAME_HEIGHT;
    dto.uri = uri;
    dto.label = label;
    return dto;
  }

  static FormActionDto form(String id, String method, String uri, String label) {
    FormActionDto dto = new FormActionDto();
    dto.id = id;
    dto.httpMethod = method;
    dto.uri = uri;
    dto.label = label;
    return dto;
  }

  private static ActionDto action(CardAction action) {
    if (action.type() == ActionType.IFRAME) {
      IframeActionDto dto = iframe(action.uriText(), action.label());
      dto.width = action.width();
      dto.height = action.height();
      dto.associatedObjectProperties = action.associatedObjectProperties();
      return dto;
    }
    String method = action.httpMethod().orElseThrow().name();
    if (action.type() == ActionType.ACTION_HOOK) {
      ActionHookDto dto = new ActionHookDto();
      dto.httpMethod = method;
      dto.associatedObjectProperties = action.associatedObjectProperties();
      dto.uri = action.uriText();
      dto.label = action.label();
      return dto;
    }
    ConfirmationActionHookDto dto = new ConfirmationActionHookDto();
    dto.confirmationMessage = action.confirmationMessage().orElseThrow();
    dto.confirmButtonText = action.confirmButtonText().orElseThrow();
    dto.cancelButtonText = action.cancelButtonText().orElseThrow();
    dto.httpMethod = method;
    dto.associatedObjectProperties = action.associatedObjectProperties();
    dto.uri = action.uriText();
    dto.label = action.label();
    return dto;
  }
}
