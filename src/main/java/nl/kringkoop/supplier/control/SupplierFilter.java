package nl.kringkoop.supplier.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * What an officer searches the registry for. Every part is optional; values within one part are
 * alternatives (any of them), and the parts narrow each other (all of them). Empty sets and {@code
 * null} mean "no restriction".
 */
public record SupplierFilter(
    List<CpvTerm> cpv,
    Set<RStrategy> rStrategies,
    Set<String> municipalities,
    Set<String> regions,
    Set<String> provinces,
    Set<SizeClass> sizeClasses,
    Boolean socialEnterprise,
    Set<CertificationKind> certifications,
    String nameContains,
    Boolean verified) {

  public SupplierFilter {
    cpv = List.copyOf(cpv);
    rStrategies = Set.copyOf(rStrategies);
    municipalities = Set.copyOf(municipalities);
    regions = Set.copyOf(regions);
    provinces = Set.copyOf(provinces);
    sizeClasses = Set.copyOf(sizeClasses);
    certifications = Set.copyOf(certifications);
  }

  /** No restriction at all: the whole registry. */
  public static SupplierFilter everything() {
    return new SupplierFilter(
        List.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), null, null);
  }

  /**
   * A searched CPV code, in the two directions of the hierarchy. A supplier matches when one of its
   * codes lies within the searched code ({@code 45210000} within a search for {@code 45200000}: its
   * code starts with the searched code's significant prefix), or when one of its codes covers the
   * searched code ({@code 45200000} covers a search for {@code 45210000}: its code is one of the
   * searched code's broader codes).
   *
   * @param prefix the significant prefix of the searched code, for {@code LIKE 'prefix%'}
   * @param broader the codes above the searched code (its category, class, group and division,
   *     padded with zeros), excluding the code itself
   */
  public record CpvTerm(CpvCode code, String prefix, List<String> broader) {

    public CpvTerm {
      broader = List.copyOf(broader);
    }

    public static CpvTerm of(CpvCode code) {
      String prefix = code.significantPrefix();
      List<String> broader = new ArrayList<>();
      for (int length = 2; length < prefix.length(); length++) {
        String padded = (prefix.substring(0, length) + "00000000").substring(0, 8);
        if (!broader.contains(padded)) {
          broader.add(padded);
        }
      }
      return new CpvTerm(code, prefix, broader);
    }
  }
}
