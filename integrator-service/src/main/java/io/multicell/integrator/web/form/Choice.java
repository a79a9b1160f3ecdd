package io.multicell.integrator.web.form;

/** One option of a select field: the value the API takes and the manual's label. */
public record Choice(String value, String label) {
}
