package io.multicell.integrator.web.language;

import io.multicell.integrator.web.WebMessages;
import io.multicell.integrator.web.form.FieldTexts;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/** The language of the request being served: the browser's cookie, else its Accept-Language, else English. */
@RequestScoped
public class CurrentLanguage {

    private final CurrentVertxRequest request;
    private Language language;

    public CurrentLanguage(CurrentVertxRequest request) {
        this.request = request;
    }

    public Language language() {
        if (language == null) {
            RoutingContext context = request.getCurrent();
            language = context == null ? Language.ENGLISH
                    : LanguageChoice.of(context.request().getCookie(LanguageChoice.COOKIE),
                            context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return language;
    }

    /** The page texts in this language (for texts put together in Java). */
    public WebMessages messages() {
        return messagesIn(language());
    }

    /** Labels and help of the settings forms in this language. */
    public FieldTexts fieldTexts() {
        return FieldTexts.in(language());
    }

    public static WebMessages messagesIn(Language language) {
        return MessageBundles.get(WebMessages.class, Localized.Literal.of(language.tag()));
    }

    /** The language of the request on this thread, English outside a request (e.g. a template rendered at startup). */
    public static Language ofThisRequest() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Language.ENGLISH;
        }
        return container.instance(CurrentLanguage.class).get().language();
    }
}
