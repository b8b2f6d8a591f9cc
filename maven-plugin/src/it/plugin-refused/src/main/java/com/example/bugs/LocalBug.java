package com.example.bugs;

import dev.crmcards.*;

@CrmCard(
    title = "Local bugs",
    targetUrl = "http://localhost:8080/hubspot/bugs",
    objectTypes = @ObjectType(CrmObjectType.CONTACTS))
public record LocalBug(
    @ObjectId long id,
    @Title String title,
    @CardProperty(label = "Reporter", type = PropertyType.EMAIL) String reporter) {}
