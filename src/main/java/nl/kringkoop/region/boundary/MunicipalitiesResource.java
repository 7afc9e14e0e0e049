package nl.kringkoop.region.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a municipality lies, for forms and clients. Public reference data. */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data")
public class MunicipalitiesResource {

  @Inject Regions regions;

  @GET
  @Path("{code}")
  @Operation(summary = "A municipality by CBS code with its COROP region and province")
  public Place one(@PathParam("code") String code) {
    if (!MunicipalityCode.isValid(code)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return regions
        .municipality(MunicipalityCode.parse(code))
        .map(Place::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
  }

  /** A municipality with the regions it lies in. */
  public record Place(String code, String name, Area corop, Area province) {

    static Place of(Municipality municipality) {
      var corop = municipality.region();
      return new Place(
          municipality.code().value(),
          municipality.name(),
          new Area(corop.code(), corop.name()),
          new Area(corop.province().code(), corop.province().name()));
    }
  }

  /** A COROP region or province by code and name. */
  public record Area(String code, String name) {}
}
