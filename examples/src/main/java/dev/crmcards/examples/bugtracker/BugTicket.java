package dev.crmcards.examples.bugtracker;

import static dev.crmcards.ActionPlacement.PRIMARY;
import static dev.crmcards.ActionPlacement.SECONDARY;
import static dev.crmcards.ActionPlacement.SETTINGS;
import static dev.crmcards.ActionType.ACTION_HOOK;
import static dev.crmcards.ActionType.CONFIRMATION_ACTION_HOOK;
import static dev.crmcards.ActionType.FORM;
import static dev.crmcards.ActionType.IFRAME;
import static dev.crmcards.PropertyType.DATE;
import static dev.crmcards.PropertyType.EMAIL;
import static dev.crmcards.PropertyType.STATUS;
import static dev.crmcards.StatusType.DANGER;
import static dev.crmcards.StatusType.SUCCESS;
import static dev.crmcards.StatusType.WARNING;

import dev.crmcards.Action;
import dev.crmcards.CardProperty;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.ExtraProperties;
import dev.crmcards.HttpMethod;
import dev.crmcards.Link;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Property;
import dev.crmcards.StatusOption;
import dev.crmcards.Title;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The bug-tracker card of HubSpot's CRM cards guide: tickets from a bug tracker, shown on contact
 * records, with the guide's edit, reassign, resolve, delete, settings and create actions, and two
 * forms of crmcards' card UI: reporting a bug (for the card) and rescheduling a ticket (each open
 * one).
 */
@CrmCard(
    name = "bug-tracker",
    title = "New CRM Card",
    targetUrl = "https://www.example.com/demo-fetch",
    objectTypes =
        @ObjectType(
            value = CrmObjectType.CONTACTS,
            propertiesToSend = {"firstname", "email", "lastname"}))
@Action(id = "edit", type = IFRAME, label = "Edit", uri = "https://example.com/edit-iframe-contents")
@Action(
    id = "reassign",
    type = IFRAME,
    label = "Reassign",
    uri = "https://example.com/reassign-iframe-contents",
    when = "open")
@Action(
    id = "resolve",
    type = ACTION_HOOK,
    label = "Resolve",
    method = HttpMethod.PUT,
    uri = "https://example.com/tickets/{id}/resolve",
    when = "open")
@Action(
    id = "delete",
    type = CONFIRMATION_ACTION_HOOK,
    label = "Delete",
    method = HttpMethod.DELETE,
    uri = "https://example.com/tickets/{id}",
    associatedObjectProperties = "protected_account",
    confirmationMessage = "Are you sure you want to delete this ticket?",
    confirmButtonText = "Yes",
    cancelButtonText = "No")
@Action(
    id = "settings",
    type = IFRAME,
    label = "Settings",
    uri = "https://example.com/settings-iframe-contents",
    placement = SETTINGS)
@Action(
    id = "reportBug",
    type = FORM,
    label = "Report a bug",
    form = BugReport.class,
    uri = "https://example.com/tickets",
    placement = SECONDARY)
@Action(
    id = "reschedule",
    type = FORM,
    label = "Reschedule",
    form = Reschedule.class,
    method = HttpMethod.PUT,
    uri = "https://example.com/tickets/{id}/schedule",
    when = "open")
@Action(
    id = "createTicket",
    type = IFRAME,
    label = "Create Ticket",
    uri = "https://example.com/create-iframe-contents",
    placement = PRIMARY)
public record BugTicket(
    @ObjectId long id,
    @Title String title,
    @Link URI link,
    @CardProperty(label = "Created", type = DATE) LocalDate created,
    @CardProperty(
            label = "Priority",
            type = STATUS,
            options = @StatusOption(name = "HIGH", label = "High", type = DANGER))
        String priority,
    @CardProperty(label = "Project") String project,
    @CardProperty(name = "reported_by", label = "Reported by", type = EMAIL) String reportedBy,
    @CardProperty(label = "Description") String description,
    @CardProperty(name = "reporter_type", label = "Reporter type") String reporterType,
    @CardProperty(
            label = "Status",
            type = STATUS,
            options = {
              @StatusOption(name = "In Progress", type = WARNING),
              @StatusOption(name = "Resolved", type = SUCCESS)
            })
        String status,
    @CardProperty(name = "ticket_type", label = "Ticket type") String ticketType,
    @CardProperty(label = "Updated", type = DATE) LocalDate updated,
    @ExtraProperties List<Property> properties) {

  /** A copy of this ticket with another status. */
  BugTicket withStatus(String newStatus) {
    return new BugTicket(
        id, title, link, created, priority, project, reportedBy, description, reporterType, newStatus,
        ticketType, updated, properties);
  }

  /** The ticket a bug report becomes; HIGH and CRITICAL bugs show the HIGH priority. */
  static BugTicket reported(long id, BugReport report, String reporter, LocalDate today) {
    boolean high = report.severity() == Severity.HIGH || report.severity() == Severity.CRITICAL;
    return new BugTicket(
        id, report.title(), null, today, high ? "HIGH" : null, null, reporter, report.notes(), null,
        "In Progress", "Bug", today, List.of());
  }

  /** Resolved tickets cannot be reassigned or resolved again. */
  boolean open() {
    return !"Resolved".equals(status);
  }
}
