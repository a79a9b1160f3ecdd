package io.multicell.integrator.web.language;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Sets the locale of every template instance to the request's language, so {@code msg:} texts of whole pages and of
 * htmx fragments (lists, forms after Set) come from {@code msg_de.properties} for a German browser. One initializer
 * instead of a call in every page resource.
 */
@Singleton
public class TemplateLocale {

    void addLocale(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(CurrentLanguage.ofThisRequest().locale()));
    }
}
