package nl.kringkoop.supplier.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * How complete a profile is for matching, and what the firm could add to be found more often. The
 * weights follow what the matching engine uses most: capabilities first, then circularity, track
 * record and capacity.
 */
public final class ProfileCompleteness {

  static final int DESCRIPTION_MIN = 80;

  private ProfileCompleteness() {}

  /** The score (0..100) and, for each missing part, the message key of a hint. */
  public record Result(int percent, List<String> hints) implements java.io.Serializable {}

  private record Part(int weight, String hint, boolean present) {}

  public static Result of(SupplierProfile profile, LocalDate today) {
    var contact = profile.contact();
    List<Part> parts =
        List.of(
            new Part(25, "completeness.cpv", !profile.cpvCodes().isEmpty()),
            new Part(20, "completeness.rStrategies", !profile.rStrategies().isEmpty()),
            new Part(
                10,
                "completeness.description",
                profile.description() != null && profile.description().length() >= DESCRIPTION_MIN),
            new Part(15, "completeness.references", !profile.references().isEmpty()),
            new Part(
                10,
                "completeness.certifications",
                profile.certifications().stream().anyMatch(c -> c.isValidOn(today))),
            new Part(10, "completeness.capacity", profile.maxContractValue() != null),
            new Part(
                5,
                "completeness.contact",
                contact.phone() != null && contact.street() != null && contact.postcode() != null),
            new Part(5, "completeness.kvkCheck", profile.kvkVerified()));
    int percent = 0;
    List<String> hints = new ArrayList<>();
    for (Part part : parts) {
      if (part.present()) {
        percent += part.weight();
      } else {
        hints.add(part.hint());
      }
    }
    return new Result(percent, List.copyOf(hints));
  }
}
