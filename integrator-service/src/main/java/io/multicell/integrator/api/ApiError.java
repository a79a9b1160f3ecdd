package io.multicell.integrator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer: which field broke which rule, and a sentence for a person. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error", description = "Error answer; field and rule are absent when no single field is to blame")
public record ApiError(
        @Schema(description = "Offending field (JSON path of the request, or a path/query parameter)", examples = "name")
        String field,
        @Schema(description = "The rule it breaks", examples = "must be at most 32 characters")
        String rule,
        @Schema(description = "Text for a person", examples = "name: must be at most 32 characters")
        String message) {

    public static ApiError of(String field, String rule) {
        return new ApiError(field, rule, field + ": " + rule);
    }

    public static ApiError message(String message) {
        return new ApiError(null, null, message);
    }
}
