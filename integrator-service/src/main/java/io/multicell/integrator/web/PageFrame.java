package io.multicell.integrator.web;

/** What the layout of every page needs: who is logged in, the menu, the page's CSRF token and the inactivity timeout. */
public record PageFrame(String title, String path, String pageHelp, String user, boolean admin, Menu menu, String csrf,
                        long inactivityMillis) {
}
