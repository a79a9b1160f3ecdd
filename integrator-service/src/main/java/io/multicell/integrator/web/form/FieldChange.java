package io.multicell.integrator.web.form;

/** A field another session changed since this page was opened: what it showed then and what is stored now. */
public record FieldChange(String field, String label, String was, String now) {
}
