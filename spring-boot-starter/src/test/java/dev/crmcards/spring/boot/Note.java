package dev.crmcards.spring.boot;

import dev.crmcards.Action;
import dev.crmcards.CardProperty;
import dev.crmcards.PropertyType;
import dev.crmcards.ActionType;
import dev.crmcards.CrmCard;
import dev.crmcards.CrmObjectType;
import dev.crmcards.HttpMethod;
import dev.crmcards.ObjectId;
import dev.crmcards.ObjectType;
import dev.crmcards.Title;

/** A small card for the auto-configuration tests. */
@CrmCard(
    name = "notes",
    title = "Notes",
    targetUrl = "https://notes.example.com/hubspot/notes",
    objectTypes = @ObjectType(CrmObjectType.CONTACTS))
@Action(
    id = "archive",
    type = ActionType.ACTION_HOOK,
    label = "Archive",
    method = HttpMethod.PUT,
    uri = "https://notes.example.com/hubspot/notes/{id}/archive")
public record Note(
    @ObjectId long id,
    @Title String title,
    @CardProperty(label = "Text", type = PropertyType.STRING) String text) {}
