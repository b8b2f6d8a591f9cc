package dev.crmcards.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The form of a FORM action: the record or class the handler receives, and its inputs in member
 * order, which is also the order of its constructor's parameters.
 */
public record FormModel(TypeElement element, ClassName formClass, List<InputModel> inputs) {}
