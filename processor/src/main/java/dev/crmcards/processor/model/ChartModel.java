package dev.crmcards.processor.model;

import com.palantir.javapoet.TypeName;
import dev.crmcards.ChartType;
import dev.crmcards.processor.model.InputModel.OptionModel;
import java.util.List;

/**
 * A chart of a summary ({@code @Chart}) on a {@code List<R>} member: its key in the answer's
 * {@code summary} (the member's name), label and kind, the point type {@code R}, and the members
 * of {@code R} read for x (with the axis field type it gives, e.g. {@code category}) and for y.
 * When x is an enum, {@code xLabels} holds each constant's category text, as a form's option of
 * it shows; it is empty for any other x.
 */
public record ChartModel(
    Member member,
    String name,
    String label,
    ChartType type,
    TypeName pointType,
    Member x,
    ValueKind xKind,
    String xType,
    List<OptionModel> xLabels,
    Member y,
    ValueKind yKind) {}
