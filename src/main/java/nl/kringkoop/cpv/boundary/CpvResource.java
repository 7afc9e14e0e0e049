package nl.kringkoop.cpv.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemResponses;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The CPV list for pickers: find codes by digits or words, look one up. Public, because firms
 * choose their codes while they register.
 */
@Path("cpv")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data")
public class CpvResource {

  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;

  @Inject CpvCatalogue catalogue;

  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "CPV codes whose digits start with q or whose label contains its words")
  public Page<Code> search(@QueryParam("q") String query, @QueryParam("limit") Integer limit) {
    int wanted = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
    Locale locale = ProblemResponses.localeOf(headers);
    CpvList.Found found = catalogue.search(query, wanted);
    return new Page<>(
        found.items().stream().map(entry -> Code.of(entry, catalogue, locale)).toList(),
        found.total());
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One CPV code, written with or without its check digit")
  public Code one(@PathParam("code") String written) {
    CpvList.Resolution resolution = catalogue.resolve(written);
    if (!resolution.valid()) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return Code.of(resolution.entry(), catalogue, ProblemResponses.localeOf(headers));
  }

  /** A CPV code as the API shows it: published code, label in the caller's language, level. */
  public record Code(String code, String label, int level) {

    static Code of(CpvList.Entry entry, CpvCatalogue catalogue, Locale locale) {
      return new Code(entry.published(), catalogue.label(entry, locale), entry.level());
    }
  }
}
