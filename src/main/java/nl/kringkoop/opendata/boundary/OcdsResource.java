package nl.kringkoop.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.kringkoop.opendata.control.OcdsReleases;
import nl.kringkoop.opendata.control.ReleaseQuery;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open contracting data (OCDS 1.1 release packages) for anyone, signed in or not. */
@Path("ocds")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data")
public class OcdsResource {

  @Inject OcdsReleases releases;

  @GET
  @Path("tenders/{id}")
  @Operation(
      summary = "A published tender as an OCDS 1.1 release package",
      description =
          "One release of the tender's current state: planning, tender, awards once final,"
              + " contracts and paid invoices. Drafts and unknown ids are 404.")
  public JsonObject tender(@PathParam("id") long id) {
    return releases.tender(id).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
  }

  @GET
  @Path("releases")
  @Operation(
      summary = "Releases of the tenders published or changed in a period",
      description =
          "from and to are days (both included); pages of at most 500 releases, the next page"
              + " in links.next. A page without releases is 404.")
  public JsonObject releases(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return releases
        .releases(ReleaseQuery.read(from, to, page, size))
        .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "ocds.noReleases"));
  }
}
