package io.multicell.integrator.web.form;

import java.util.List;

/**
 * One parameter of a settings page. {@code name} is the property of the API's request (and of the view it comes
 * from), so the page and the REST API share one validation; {@code help} is the manual's description of it.
 */
public record FormField(String name, String label, String help, FieldKind kind, List<Choice> choices, String unit) {

    public FormField {
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
    }

    /** The same field with its label and help in another language. */
    public FormField withTexts(String otherLabel, String otherHelp) {
        return new FormField(name, otherLabel, otherHelp, kind, choices, unit);
    }

    public boolean submitted() {
        return kind != FieldKind.READ_ONLY;
    }

    public boolean isText() {
        return kind == FieldKind.TEXT;
    }

    public boolean isPassword() {
        return kind == FieldKind.PASSWORD;
    }

    public boolean isNumber() {
        return kind == FieldKind.NUMBER;
    }

    public boolean isDecimal() {
        return kind == FieldKind.DECIMAL;
    }

    public boolean isCheckbox() {
        return kind == FieldKind.CHECKBOX;
    }

    public boolean isSelect() {
        return kind == FieldKind.SELECT;
    }

    public boolean isMultiSelect() {
        return kind == FieldKind.MULTI_SELECT;
    }

    public boolean isReadOnly() {
        return kind == FieldKind.READ_ONLY;
    }

    public boolean isHidden() {
        return kind == FieldKind.HIDDEN;
    }

    public boolean isOrderedList() {
        return kind == FieldKind.ORDERED_LIST;
    }
}
