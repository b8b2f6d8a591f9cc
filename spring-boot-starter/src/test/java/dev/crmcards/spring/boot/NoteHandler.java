package dev.crmcards.spring.boot;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardResponse;
import dev.crmcards.FetchRequest;
import java.util.List;

/** Answers the notes card with one note. */
class NoteHandler implements NoteCrmCard.Handler {
  @Override
  public CardResponse<Note> fetch(FetchRequest request) {
    return CardResponse.of(List.of(new Note(1, "First note", "Call back on Monday.")));
  }

  @Override
  public ActionResult archive(ActionRequest request, long id) {
    return ActionResult.ok("Note " + id + " archived.");
  }
}
