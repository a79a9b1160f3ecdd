package io.multicell.integrator.web.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.JsonPaths;
import io.multicell.integrator.backup.ConfigurationFile;
import io.multicell.integrator.backup.RestoreResult;
import io.multicell.integrator.backup.SaveAndRestore;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Settings > System > Save and restore": Save settings downloads the configuration file (admin and user, as the
 * manual allows), Upload restores one (admin only) exactly as PUT /api/v1/system/configuration does.
 */
@Path(Menu.SAVE_AND_RESTORE)
@Authenticated
public class SaveAndRestorePage {

    static final String FILE = Menu.SAVE_AND_RESTORE + "/file";
    /** Bigger than any configuration of a 20-handset system by far; a bigger upload is not a saved file. */
    static final long MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final Template page;
    private final Template result;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final SaveAndRestore saveAndRestore;
    private final ObjectMapper json;

    public SaveAndRestorePage(@Location("system/save-and-restore.html") Template page,
                              @Location("system/restore-result.html") Template result, Pages pages, SecurityIdentity identity,
                              SaveAndRestore saveAndRestore, ObjectMapper json) {
        this.page = page;
        this.result = result;
        this.pages = pages;
        this.identity = identity;
        this.saveAndRestore = saveAndRestore;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().saveAndRestoreTitle(), Menu.SAVE_AND_RESTORE,
                pages.messages().helpSaveAndRestore());
        return pages.render(frame, page.data("fileUrl", FILE).data("format", ConfigurationFile.FORMAT));
    }

    /** Save settings: the configuration file as a download. */
    @GET
    @Path("file")
    @Produces(MediaType.APPLICATION_JSON)
    public Response file() {
        ConfigurationFile file = saveAndRestore.save();
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"" + saveAndRestore.fileName(file) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Upload: restores the file; the answer is the result line that replaces the form's result area. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public String restore(@RestForm("file") FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            return failed("file", "is required: choose the configuration file saved with Save settings");
        }
        if (upload.size() > MAX_FILE_BYTES) {
            return failed("file", "is too big to be a configuration file (at most 5 MB)");
        }
        ConfigurationFile file;
        try {
            file = json.readValue(Files.readAllBytes(upload.uploadedFile()), ConfigurationFile.class);
        } catch (JsonMappingException e) {
            String field = JsonPaths.of(e);
            return field.isEmpty() ? failed("file", "is not a configuration file") : failed(field, "has the wrong type");
        } catch (JsonProcessingException e) {
            return failed("file", "is not a configuration file (not JSON)");
        } catch (IOException e) {
            return failed("file", "cannot be read");
        }
        try {
            RestoreResult restored = saveAndRestore.restore(file);
            return result.data("restored", restored).data("field", null).data("rule", null).render();
        } catch (InvalidValueException e) {
            return failed(e.field(), e.rule());
        }
    }

    private String failed(String field, String rule) {
        return result.data("restored", null).data("field", field).data("rule", rule).render();
    }
}
