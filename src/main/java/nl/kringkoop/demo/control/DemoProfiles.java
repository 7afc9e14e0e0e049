package nl.kringkoop.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.ProjectReference;
import nl.kringkoop.supplier.entity.PsoLevel;
import nl.kringkoop.supplier.entity.ServiceArea;

/**
 * Invents a plausible profile for each demo firm from its trade: CPV codes and R-strategies that
 * fit the trade, a spread of sizes, social enterprises among the re-use trades, certificates.
 */
final class DemoProfiles {

  private static final Map<String, Capability> BY_TRADE =
      Map.ofEntries(
          trade("Bouw", "45210000 45400000 45000000", "R2 R3 R6"),
          trade("Installatietechniek", "45330000 45310000", "R2 R4"),
          trade("Meubelmakerij", "39100000 39150000", "R3 R4 R5"),
          trade("Hoveniers", "77310000 77300000", "R1 R2"),
          trade("Schoonmaak", "90910000 90919200 39800000", "R0 R2"),
          trade("Catering", "55520000 55320000", "R0 R2"),
          trade("ICT Refurbish", "30200000 50300000 72000000", "R3 R5 R6"),
          trade("Textiel", "18000000 19200000 98310000", "R3 R7 R8"),
          trade("Sloop en Hergebruik", "45110000 90500000", "R3 R6 R8"),
          trade("Schilders", "45442100 45440000", "R2 R4"),
          trade("Fietsherstel", "34430000 50000000", "R4 R5"),
          trade("Drukkerij", "79800000 79810000 22000000", "R2 R8"),
          trade("Advies", "71000000 73000000 90700000", "R1 R2"),
          trade("Transport", "60100000 60000000", "R2"),
          trade("Groenonderhoud", "77310000 90610000", "R2 R7 R9"),
          trade("Kringloop", "90513000 39100000 18000000", "R3 R5 R7"),
          trade("Elektrotechniek", "45310000 50000000", "R4 R6"),
          trade("Dakwerken", "45261000 45260000", "R4 R8"),
          trade("Ontwerpstudio", "71220000 79930000", "R0 R1"),
          trade("Houtbewerking", "03400000 44190000 39150000", "R3 R7"));

  private static final Set<String> SOCIAL_TRADES =
      Set.of("Kringloop", "Fietsherstel", "Textiel", "Catering", "Groenonderhoud", "Schoonmaak");

  private static final List<String> BUYERS =
      List.of(
          "Gemeente Nijmegen",
          "Gemeente Arnhem",
          "Gemeente Wijchen",
          "Gemeente Beuningen",
          "Woningcorporatie Waalstad",
          "Radboud Ziekenhuis Inkoop",
          "Provincie Gelderland");

  private static final List<String> CIRCULAR_ASPECTS =
      List.of(
          "Bestaand materiaal hergebruikt in plaats van nieuw gekocht",
          "Producten gerepareerd en met garantie teruggeleverd",
          "Restmateriaal gescheiden en teruggenomen door de leverancier",
          "Tweedehands onderdelen uit de regio toegepast",
          "Ontwerp zo gemaakt dat alles demontabel en herbruikbaar is");

  private DemoProfiles() {}

  static Seed seed(DemoSuppliers.Firm firm, Random random, LocalDate today) {
    Capability capability = BY_TRADE.get(firm.trade());
    int employees = employees(random);
    BigDecimal turnover =
        BigDecimal.valueOf(employees * (60_000L + random.nextInt(90_000)))
            .max(BigDecimal.valueOf(40_000));
    boolean social =
        SOCIAL_TRADES.contains(firm.trade())
            ? random.nextDouble() < 0.5
            : random.nextDouble() < 0.04;
    PsoLevel pso = social ? PsoLevel.values()[random.nextInt(PsoLevel.values().length)] : null;
    List<Certification> certifications = new ArrayList<>();
    if (random.nextDouble() < 0.3) {
      certifications.add(
          new Certification(
              CertificationKind.CO2_PERFORMANCE_LADDER,
              null,
              1 + random.nextInt(5),
              today.plusMonths(random.nextInt(36) - 6)));
    }
    if (random.nextDouble() < 0.25) {
      certifications.add(
          new Certification(
              CertificationKind.ISO_14001, null, null, today.plusMonths(6 + random.nextInt(30))));
    }
    if (random.nextDouble() < 0.1) {
      certifications.add(
          new Certification(CertificationKind.OTHER, "Keurmerk Kringloopbedrijf", null, null));
    }
    ServiceArea area = ServiceArea.values()[Math.min(random.nextInt(5), 3)];
    BigDecimal capacity = turnover.multiply(BigDecimal.valueOf(0.2 + random.nextDouble() * 0.3));
    List<ProjectReference> references = new ArrayList<>();
    int projects = random.nextDouble() < 0.45 ? 1 + random.nextInt(3) : 0;
    List<CpvCode> codes = List.copyOf(capability.codes());
    for (int i = 0; i < projects; i++) {
      references.add(
          new ProjectReference(
              BUYERS.get(random.nextInt(BUYERS.size())),
              today.getYear() - random.nextInt(6),
              capacity
                  .multiply(BigDecimal.valueOf(0.1 + random.nextDouble() * 0.8))
                  .setScale(0, java.math.RoundingMode.HALF_UP),
              codes.get(random.nextInt(codes.size())).digits(),
              CIRCULAR_ASPECTS.get(random.nextInt(CIRCULAR_ASPECTS.size()))));
    }
    String description =
        random.nextDouble() < 0.6
            ? firm.trade()
                + " uit de regio Arnhem-Nijmegen. Wij werken met hergebruikte en lokale materialen"
                + " en denken graag mee over circulaire oplossingen voor uw vraag."
            : null;
    return new Seed(
        employees,
        turnover,
        social,
        social && random.nextBoolean(),
        pso,
        social ? BigDecimal.valueOf(30 + random.nextInt(50)) : null,
        capability.codes(),
        capability.strategies(),
        area,
        certifications,
        capacity.setScale(0, java.math.RoundingMode.HALF_UP),
        random.nextDouble() < 0.3,
        social && random.nextDouble() < 0.5,
        description,
        references);
  }

  /** Mostly micro and small firms, some medium, a few large: the local economy's shape. */
  private static int employees(Random random) {
    double draw = random.nextDouble();
    if (draw < 0.45) {
      return 1 + random.nextInt(9);
    } else if (draw < 0.8) {
      return 10 + random.nextInt(40);
    } else if (draw < 0.95) {
      return 50 + random.nextInt(200);
    }
    return 250 + random.nextInt(500);
  }

  private static Map.Entry<String, Capability> trade(
      String trade, String codes, String strategies) {
    Set<CpvCode> cpv = new LinkedHashSet<>();
    for (String digits : codes.split(" ")) {
      cpv.add(new CpvCode(digits));
    }
    Set<RStrategy> r = EnumSet.noneOf(RStrategy.class);
    for (String strategy : strategies.split(" ")) {
      r.add(RStrategy.valueOf(strategy));
    }
    return Map.entry(trade, new Capability(cpv, r));
  }

  private record Capability(Set<CpvCode> codes, Set<RStrategy> strategies) {}

  /** Everything a demo profile needs besides the organisation. */
  record Seed(
      int employees,
      BigDecimal turnover,
      boolean socialEnterprise,
      boolean csoRegistered,
      PsoLevel psoLevel,
      BigDecimal targetGroupPercent,
      Set<CpvCode> cpvCodes,
      Set<RStrategy> rStrategies,
      ServiceArea serviceArea,
      List<Certification> certifications,
      BigDecimal maxContractValue,
      boolean kvkVerified,
      boolean socialVerified,
      String description,
      List<ProjectReference> references) {}
}
