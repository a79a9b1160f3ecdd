package io.multicell.integrator.web.language;

import io.vertx.core.http.Cookie;
import jakarta.ws.rs.core.NewCookie;

/**
 * The language a browser chose, kept in a cookie of its own (not in the session: the login page needs it before
 * anyone is logged in, and it outlives logging off). Without the cookie the browser's Accept-Language decides.
 */
public final class LanguageChoice {

    public static final String COOKIE = "multicell-language";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private LanguageChoice() {
    }

    /** The language for a request with this cookie value (may be null) and Accept-Language header (may be null). */
    public static Language of(String cookie, String acceptLanguage) {
        return Language.ofTag(cookie).orElseGet(() -> Language.negotiate(acceptLanguage));
    }

    public static Language of(Cookie cookie, String acceptLanguage) {
        return of(cookie == null ? null : cookie.getValue(), acceptLanguage);
    }

    /** The cookie that keeps {@code language} for this browser: Secure (pages are HTTPS only), SameSite=Strict. */
    public static NewCookie cookie(Language language) {
        return new NewCookie.Builder(COOKIE).value(language.tag()).path("/").maxAge(ONE_YEAR_SECONDS).secure(true)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
