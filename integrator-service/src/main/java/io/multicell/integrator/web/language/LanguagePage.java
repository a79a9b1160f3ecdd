package io.multicell.integrator.web.language;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * "Changing language": the options menu Language of the login screen and of the top right of every page sends the
 * choice here; the browser keeps it in a cookie and goes back to the page it came from. Open without login (the
 * login screen offers it); changes nothing but the browser's own cookie.
 */
@Path(LanguagePage.PATH)
public class LanguagePage {

    public static final String PATH = "/language";

    @GET
    public Response choose(@QueryParam("lang") String tag, @QueryParam("back") String back) {
        Language language = Language.ofTag(tag).orElse(null);
        if (language == null) {
            return Response.status(Response.Status.BAD_REQUEST).type("text/plain;charset=UTF-8")
                    .entity("lang: must be one of en, de").build();
        }
        return Response.seeOther(URI.create(localPath(back))).cookie(LanguageChoice.cookie(language)).build();
    }

    /** Only a path of this site (no other host: an open redirect would help phishing). */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/login";
        }
        return back;
    }
}
