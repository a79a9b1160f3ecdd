package io.multicell.integrator.web;

import io.multicell.integrator.web.language.Language;
import java.util.List;

/**
 * What the layout of every page needs: who is logged in, the menu, the page's CSRF token, the inactivity timeout and
 * the page's language (with the others offered at the top right).
 */
public record PageFrame(String title, String path, String pageHelp, String user, boolean admin, Menu menu, String csrf,
                        long inactivityMillis, Language language) {

    public List<Language> languages() {
        return List.of(Language.values());
    }
}
