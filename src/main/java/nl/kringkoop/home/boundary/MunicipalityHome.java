package nl.kringkoop.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.Organisations;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.Municipality;

/**
 * Start page figures for municipality staff (procurement officers and sustainability staff): their
 * municipality, its region and the local market of registered firms.
 */
@Named
@RequestScoped
public class MunicipalityHome {

  @Inject CurrentUser currentUser;

  @Inject Regions regions;

  @Inject Organisations organisations;

  private Optional<Municipality> municipality;
  private List<Organisations.PlaceCount> perMunicipality;

  public Municipality getMunicipality() {
    if (municipality == null) {
      Organisation organisation = currentUser.getOrganisation();
      municipality =
          organisation == null
              ? Optional.empty()
              : organisation.location().flatMap(regions::municipality);
    }
    return municipality.orElse(null);
  }

  public long getSuppliersInMunicipality() {
    Municipality own = getMunicipality();
    return own == null ? 0 : organisations.suppliersIn(own.code());
  }

  public List<Organisations.PlaceCount> getSuppliersPerMunicipality() {
    if (perMunicipality == null) {
      Municipality own = getMunicipality();
      perMunicipality =
          own == null ? List.of() : organisations.suppliersPerMunicipality(own.region().code());
    }
    return perMunicipality;
  }

  public long getSuppliersInRegion() {
    return getSuppliersPerMunicipality().stream().mapToLong(Organisations.PlaceCount::count).sum();
  }
}
