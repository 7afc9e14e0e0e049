package nl.kringkoop.matching.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.matching.engine.Contribution;
import nl.kringkoop.matching.engine.Factor;
import nl.kringkoop.matching.engine.Reason;
import nl.kringkoop.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

  private static final Locale EN = Locale.ENGLISH;

  @Test
  void certificateMasksAndServiceAreasAreNamedNotNumbered() {
    assertEquals(
        "lacks the required certificate: CO2 Performance Ladder, ISO 14001",
        ReasonText.of(new Reason("knockOut.certificate", List.of(0b11)), EN));
    assertEquals(
        "werkgebied (Eigen gemeente) reikt niet tot de plaats van uitvoering",
        ReasonText.of(new Reason("knockOut.serviceArea", List.of("MUNICIPALITY")), Messages.DUTCH));
  }

  @Test
  void levelsAndDepthsReadAsWords() {
    assertEquals(
        "social enterprise, PSO level 2, 40% staff from target groups",
        ReasonText.of(new Reason("social.enterprise", List.of(3, 40)), EN));
    assertEquals(
        "social enterprise, 10% staff from target groups",
        ReasonText.of(new Reason("social.enterprise", List.of(0, 10)), EN));
    assertEquals(
        "references in the same CPV class",
        ReasonText.of(new Reason("trackRecord.depth", List.of(3)), EN));
    assertEquals(
        "opdracht groter dan de capaciteit (\u20ac 150.000)",
        ReasonText.of(new Reason("capacity.over", List.of(150_000L)), Messages.DUTCH));
  }

  @Test
  void theSummaryNamesTheStrongestFactorsFirstAndLeavesOutUnweightedOnes() {
    List<Contribution> parts =
        List.of(
            new Contribution(
                Factor.CAPABILITY, 0.5, 30, 0.15, new Reason("capability.covers", List.of(1, 2))),
            new Contribution(Factor.LOCALITY, 0.7, 40, 0.28, new Reason("locality.2", List.of())),
            new Contribution(
                Factor.VERIFICATION, 1, 0, 0, new Reason("verification.checked", List.of())));
    assertEquals("same COROP region; covers 1 of 2 CPV codes", ReasonText.summary(parts, EN));
  }
}
