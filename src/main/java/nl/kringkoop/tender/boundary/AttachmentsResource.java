package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.tender.control.Attachments;
import nl.kringkoop.tender.entity.Attachment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Files added to an entry pitch. */
@Path("tenders/{id}/responses/{responseId}/attachments")
@RequestScoped
@Tag(name = "Tenders")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
public class AttachmentsResource {

  @Inject Attachments attachments;

  @Inject TenderApi api;

  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.SUPPLIER_NAME)
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a file to the pitch",
      description =
          "The body is the file; Content-Type one of PDF, DOCX, ODT, PNG, JPEG or text/plain;"
              + " ?fileName= names it. At most 5 MB and 5 files (configurable), entry phase only.")
  public Response add(
      @PathParam("id") long tenderId,
      @PathParam("responseId") long responseId,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    Attachment added =
        attachments.add(tenderId, responseId, fileName, contentType, body, api.caller(security));
    return Response.status(Response.Status.CREATED).entity(AttachmentView.of(added)).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The files of a response, for its firm and the buyer's staff")
  public List<AttachmentView> list(
      @PathParam("id") long tenderId, @PathParam("responseId") long responseId) {
    return attachments.of(tenderId, responseId, api.caller(security)).stream()
        .map(AttachmentView::of)
        .toList();
  }

  @GET
  @Path("{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file")
  public Response download(
      @PathParam("id") long tenderId,
      @PathParam("responseId") long responseId,
      @PathParam("attachmentId") long attachmentId) {
    Attachment file = attachments.one(tenderId, responseId, attachmentId, api.caller(security));
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .build();
  }

  /** A file's description. */
  public record AttachmentView(
      long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
    static AttachmentView of(Attachment file) {
      return new AttachmentView(
          file.id(), file.fileName(), file.contentType(), file.sizeBytes(), file.uploadedAt());
    }

    static AttachmentView of(Attachments.FileInfo file) {
      return new AttachmentView(
          file.id(), file.fileName(), file.contentType(), file.sizeBytes(), file.uploadedAt());
    }
  }
}
