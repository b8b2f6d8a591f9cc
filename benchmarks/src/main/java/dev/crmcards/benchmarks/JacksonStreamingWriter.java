package dev.crmcards.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.crmcards.ActionType;
import dev.crmcards.CardAction;
import dev.crmcards.CardResponse;
import dev.crmcards.Property;
import dev.crmcards.examples.bugtracker.BugTicket;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The bug-tracker response written by hand with Jackson's streaming {@link JsonGenerator}, straight
 * from the tickets like the generated writer: names and constant values are pre-encoded {@link
 * SerializedString}s, dates and id-bearing URIs are formatted into a reused {@code char[]}.
 *
 * <p>One instance per thread: the scratch buffer is not shared safely.
 */
final class JacksonStreamingWriter {
  private static final SerializedString RESULTS = name("results");
  private static final SerializedString SETTINGS_ACTION = name("settingsAction");
  private static final SerializedString PRIMARY_ACTION = name("primaryAction");
  private static final SerializedString SECONDARY_ACTIONS = name("secondaryActions");
  private static final SerializedString OBJECT_ID = name("objectId");
  private static final SerializedString TITLE = name("title");
  private static final SerializedString LINK = name("link");
  private static final SerializedString CREATED = name("created");
  private static final SerializedString PRIORITY = name("priority");
  private static final SerializedString PROJECT = name("project");
  private static final SerializedString REPORTED_BY = name("reported_by");
  private static final SerializedString DESCRIPTION = name("description");
  private static final SerializedString REPORTER_TYPE = name("reporter_type");
  private static final SerializedString STATUS = name("status");
  private static final SerializedString TICKET_TYPE = name("ticket_type");
  private static final SerializedString UPDATED = name("updated");
  private static final SerializedString PROPERTIES = name("properties");
  private static final SerializedString ACTIONS = name("actions");

  private static final SerializedString LABEL = name("label");
  private static final SerializedString DATA_TYPE = name("dataType");
  private static final SerializedString VALUE = name("value");
  private static final SerializedString CURRENCY_CODE = name("currencyCode");
  private static final SerializedString LINK_LABEL = name("linkLabel");
  private static final SerializedString OPTION_TYPE = name("optionType");

  private static final SerializedString TYPE = name("type");
  private static final SerializedString WIDTH = name("width");
  private static final SerializedString HEIGHT = name("height");
  private static final SerializedString URI_KEY = name("uri");
  private static final SerializedString HTTP_METHOD = name("httpMethod");
  private static final SerializedString ASSOCIATED_OBJECT_PROPERTIES =
      name("associatedObjectProperties");
  private static final SerializedString CONFIRMATION_MESSAGE = name("confirmationMessage");
  private static final SerializedString CONFIRM_BUTTON_TEXT = name("confirmButtonText");
  private static final SerializedString CANCEL_BUTTON_TEXT = name("cancelButtonText");

  private static final SerializedString IFRAME = name("IFRAME");
  private static final SerializedString ACTION_HOOK = name("ACTION_HOOK");
  private static final SerializedString CONFIRMATION_ACTION_HOOK =
      name("CONFIRMATION_ACTION_HOOK");
  private static final SerializedString PUT = name("PUT");
  private static final SerializedString DELETE = name("DELETE");

  private static final SerializedString EDIT_URI = name("https://example.com/edit-iframe-contents");
  private static final SerializedString EDIT_LABEL = name("Edit");
  private static final SerializedString REASSIGN_URI =
      name("https://example.com/reassign-iframe-contents");
  private static final SerializedString REASSIGN_LABEL = name("Reassign");
  private static final SerializedString RESOLVE_LABEL = name("Resolve");
  private static final SerializedString DELETE_LABEL = name("Delete");
  private static final SerializedString DELETE_QUESTION =
      name("Are you sure you want to delete this ticket?");
  private static final SerializedString YES = name("Yes");
  private static final SerializedString NO = name("No");
  private static final SerializedString PROTECTED_ACCOUNT = name("protected_account");
  private static final SerializedString SETTINGS_URI =
      name("https://example.com/settings-iframe-contents");
  private static final SerializedString SETTINGS_LABEL = name("Settings");
  private static final SerializedString CREATE_URI =
      name("https://example.com/create-iframe-contents");
  private static final SerializedString CREATE_LABEL = name("Create Ticket");

  private static final char[] TICKETS = GuideDtos.TICKETS.toCharArray();
  private static final char[] RESOLVE_SUFFIX = "/resolve".toCharArray();
  private static final char[] SCHEDULE_SUFFIX = "/schedule".toCharArray();
  private static final SerializedString FORM = name("FORM");
  private static final SerializedString ID = name("id");
  private static final SerializedString POST = name("POST");
  private static final SerializedString REPORT_BUG = name("reportBug");
  private static final SerializedString REPORT_BUG_URI = name("https://example.com/tickets");
  private static final SerializedString REPORT_BUG_LABEL = name("Report a bug");
  private static final SerializedString RESCHEDULE = name("reschedule");
  private static final SerializedString RESCHEDULE_LABEL = name("Reschedule");
  private static final char[] NO_SUFFIX = new char[0];

  private final JsonFactory factory;
  private final char[] scratch = new char[64];

  JacksonStreamingWriter(JsonFactory factory) {
    this.factory = factory;
  }

  private static SerializedString name(String text) {
    return new SerializedString(text);
  }

  void write(CardResponse<BugTicket> response, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeFieldName(RESULTS);
      g.writeStartArray();
      List<BugTicket> results = response.results();
      int count = Math.min(results.size(), CardResponse.MAX_RESULTS);
      for (int i = 0; i < count; i++) {
        writeTicket(g, results.get(i), response);
      }
      g.writeEndArray();
      g.writeFieldName(SETTINGS_ACTION);
      CardAction settings = response.settingsAction().orElse(null);
      if (settings != null) {
        writeAction(g, settings);
      } else {
        writeIframe(g, SETTINGS_URI, SETTINGS_LABEL);
      }
      g.writeFieldName(PRIMARY_ACTION);
      CardAction primary = response.primaryAction().orElse(null);
      if (primary != null) {
        writeAction(g, primary);
      } else {
        writeIframe(g, CREATE_URI, CREATE_LABEL);
      }
      List<CardAction> secondary = response.secondaryActions();
      g.writeFieldName(SECONDARY_ACTIONS);
      g.writeStartArray();
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(FORM);
      g.writeFieldName(ID);
      g.writeString(REPORT_BUG);
      g.writeFieldName(HTTP_METHOD);
      g.writeString(POST);
      g.writeFieldName(URI_KEY);
      g.writeString(REPORT_BUG_URI);
      g.writeFieldName(LABEL);
      g.writeString(REPORT_BUG_LABEL);
      g.writeEndObject();
      for (int i = 0; i < secondary.size(); i++) {
        writeAction(g, secondary.get(i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private void writeTicket(JsonGenerator g, BugTicket ticket, CardResponse<BugTicket> response)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_ID);
    g.writeNumber(ticket.id());
    g.writeFieldName(TITLE);
    g.writeString(ticket.title());
    g.writeFieldName(LINK);
    URI link = ticket.link();
    if (link == null) {
      g.writeNull();
    } else {
      g.writeString(link.toString());
    }
    writeDate(g, CREATED, ticket.created());
    writeString(g, PRIORITY, ticket.priority());
    writeString(g, PROJECT, ticket.project());
    writeString(g, REPORTED_BY, ticket.reportedBy());
    writeString(g, DESCRIPTION, ticket.description());
    writeString(g, REPORTER_TYPE, ticket.reporterType());
    writeString(g, STATUS, ticket.status());
    writeString(g, TICKET_TYPE, ticket.ticketType());
    writeDate(g, UPDATED, ticket.updated());
    List<Property> properties = ticket.properties();
    if (properties != null && !properties.isEmpty()) {
      g.writeFieldName(PROPERTIES);
      g.writeStartArray();
      for (int i = 0; i < properties.size(); i++) {
        writeProperty(g, properties.get(i));
      }
      g.writeEndArray();
    }

    g.writeFieldName(ACTIONS);
    g.writeStartArray();
    writeIframe(g, EDIT_URI, EDIT_LABEL);
    if (GuideDtos.isOpen(ticket)) {
      writeIframe(g, REASSIGN_URI, REASSIGN_LABEL);
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(ACTION_HOOK);
      g.writeFieldName(HTTP_METHOD);
      g.writeString(PUT);
      g.writeFieldName(ASSOCIATED_OBJECT_PROPERTIES);
      g.writeStartArray();
      g.writeEndArray();
      g.writeFieldName(URI_KEY);
      g.writeString(scratch, 0, ticketUri(ticket.id(), RESOLVE_SUFFIX));
      g.writeFieldName(LABEL);
      g.writeString(RESOLVE_LABEL);
      g.writeEndObject();
    }
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(CONFIRMATION_ACTION_HOOK);
    g.writeFieldName(CONFIRMATION_MESSAGE);
    g.writeString(DELETE_QUESTION);
    g.writeFieldName(CONFIRM_BUTTON_TEXT);
    g.writeString(YES);
    g.writeFieldName(CANCEL_BUTTON_TEXT);
    g.writeString(NO);
    g.writeFieldName(HTTP_METHOD);
    g.writeString(DELETE);
    g.writeFieldName(ASSOCIATED_OBJECT_PROPERTIES);
    g.writeStartArray();
    g.writeString(PROTECTED_ACCOUNT);
    g.writeEndArray();
    g.writeFieldName(URI_KEY);
    g.writeString(scratch, 0, ticketUri(ticket.id(), NO_SUFFIX));
    g.writeFieldName(LABEL);
    g.writeString(DELETE_LABEL);
    g.writeEndObject();
    if (GuideDtos.isOpen(ticket)) {
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(FORM);
      g.writeFieldName(ID);
      g.writeString(RESCHEDULE);
      g.writeFieldName(HTTP_METHOD);
      g.writeString(PUT);
      g.writeFieldName(URI_KEY);
      g.writeString(scratch, 0, ticketUri(ticket.id(), SCHEDULE_SUFFIX));
      g.writeFieldName(LABEL);
      g.writeString(RESCHEDULE_LABEL);
      g.writeEndObject();
    }
    if (response.hasObjectActions()) {
      List<CardAction> extra = response.objectActions(ticket);
      for (int i = 0; i < extra.size(); i++) {
        writeAction(g, extra.get(i));
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeString(JsonGenerator g, SerializableString name, String value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeString(value);
    }
  }

  private void writeDate(JsonGenerator g, SerializableString name, LocalDate date)
      throws IOException {
    if (date == null) {
      return;
    }
    g.writeFieldName(name);
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      g.writeString(date.toString());
      return;
    }
    char[] c = scratch;
    c[0] = (char) ('0' + year / 1000);
    c[1] = (char) ('0' + year / 100 % 10);
    c[2] = (char) ('0' + year / 10 % 10);
    c[3] = (char) ('0' + year % 10);
    c[4] = '-';
    int month = date.getMonthValue();
    c[5] = (char) ('0' + month / 10);
    c[6] = (char) ('0' + month % 10);
    c[7] = '-';
    int day = date.getDayOfMonth();
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    g.writeString(c, 0, 10);
  }

  /** {@code https://example.com/tickets/<id><suffix>} into the scratch buffer; its length. */
  private int ticketUri(long id, char[] suffix) {
    char[] c = scratch;
    int p = TICKETS.length;
    System.arraycopy(TICKETS, 0, c, 0, p);
    if (id < 0) {
      c[p++] = '-';
    } else {
      id = -id; // digits of a non-positive value, so that Long.MIN_VALUE works too
    }
    int start = p;
    do {
      c[p++] = (char) ('0' - (int) (id % 10));
      id /= 10;
    } while (id != 0);
    for (int i = start, j = p - 1; i < j; i++, j--) {
      char t = c[i];
      c[i] = c[j];
      c[j] = t;
    }
    System.arraycopy(suffix, 0, c, p, suffix.length);
    return p + suffix.length;
  }

  private static void writeProperty(JsonGenerator g, Property property) throws IOException {
    g.writeStartObject();
    g.writeFieldName(LABEL);
    g.writeString(property.label());
    g.writeFieldName(DATA_TYPE);
    g.writeString(property.dataType().name());
    g.writeFieldName(VALUE);
    g.writeString(property.value());
    String currencyCode = property.currencyCode().orElse(null);
    if (currencyCode != null) {
      g.writeFieldName(CURRENCY_CODE);
      g.writeString(currencyCode);
    }
    String linkLabel = property.linkLabel().orElse(null);
    if (linkLabel != null) {
      g.writeFieldName(LINK_LABEL);
      g.writeString(linkLabel);
    }
    if (property.optionType().isPresent()) {
      g.writeFieldName(OPTION_TYPE);
      g.writeString(property.optionType().get().name());
    }
    g.writeEndObject();
  }

  private static void writeIframe(JsonGenerator g, SerializableString uri, SerializableString label)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(IFRAME);
    g.writeFieldName(WIDTH);
    g.writeNumber(GuideDtos.IFRAME_WIDTH);
    g.writeFieldName(HEIGHT);
    g.writeNumber(GuideDtos.IFRAME_HEIGHT);
    g.writeFieldName(URI_KEY);
    g.writeString(uri);
    g.writeFieldName(LABEL);
    g.writeString(label);
    g.writeFieldName(ASSOCIATED_OBJECT_PROPERTIES);
    g.writeStartArray();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** An action chosen at request time (none in the guide's response). */
  private static void writeAction(JsonGenerator g, CardAction action) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(action.type().name());
    if (action.type() == ActionType.IFRAME) {
      g.writeFieldName(WIDTH);
      g.writeNumber(action.width());
      g.writeFieldName(HEIGHT);
      g.writeNumber(action.height());
      g.writeFieldName(URI_KEY);
      g.writeString(action.uriText());
      g.writeFieldName(LABEL);
      g.writeString(action.label());
      writeAssociatedObjectProperties(g, action);
    } else {
      if (action.type() == ActionType.CONFIRMATION_ACTION_HOOK) {
        g.writeFieldName(CONFIRMATION_MESSAGE);
        g.writeString(action.confirmationMessage().orElseThrow());
        g.writeFieldName(CONFIRM_BUTTON_TEXT);
        g.writeString(action.confirmButtonText().orElseThrow());
        g.writeFieldName(CANCEL_BUTTON_TEXT);
        g.writeString(action.cancelButtonText().orElseThrow());
      }
      g.writeFieldName(HTTP_METHOD);
      g.writeString(action.httpMethod().orElseThrow().name());
      writeAssociatedObjectProperties(g, action);
      g.writeFieldName(URI_KEY);
      g.writeString(action.uriText());
      g.writeFieldName(LABEL);
      g.writeString(action.label());
    }
    g.writeEndObject();
  }

  private static void writeAssociatedObjectProperties(JsonGenerator g, CardAction action)
      throws IOException {
    g.writeFieldName(ASSOCIATED_OBJECT_PROPERTIES);
    g.writeStartArray();
    for (String name : action.associatedObjectProperties()) {
      g.writeString(name);
    }
    g.writeEndArray();
  }
}
