package io.multicell.simulator.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: which field broke which rule, and a sentence for a person. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String field, String rule, String message) {

    public static ApiError of(String field, String rule) {
        return new ApiError(field, rule, field + ": " + rule);
    }

    public static ApiError message(String message) {
        return new ApiError(null, null, message);
    }
}
