package nl.kringkoop.demo.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;

/**
 * Invents a reproducible set of local firms (fixed seed), most of them in the Arnhem/Nijmegen
 * region so that the demo municipality has a real local market to work with.
 */
final class DemoSuppliers {

  static final int COUNT = 200;
  private static final long SEED = 20_201_024L;
  private static final String HOME_REGION = "CR15";
  private static final double SHARE_IN_HOME_REGION = 0.7;

  private static final List<String> FIRST =
      List.of(
          "Groen",
          "Kring",
          "Circulair",
          "Waal",
          "Lindenberg",
          "Hof van",
          "Rijn",
          "Vlietland",
          "Maas",
          "Nieuw",
          "Oost",
          "De Ronde",
          "Hergebruik",
          "Tweede Leven",
          "Duurzaam",
          "Stevens",
          "Ooij",
          "Kwakkel",
          "Dukenburg",
          "Hatert");
  private static final List<String> TRADE =
      List.of(
          "Bouw",
          "Installatietechniek",
          "Meubelmakerij",
          "Hoveniers",
          "Schoonmaak",
          "Catering",
          "ICT Refurbish",
          "Textiel",
          "Sloop en Hergebruik",
          "Schilders",
          "Fietsherstel",
          "Drukkerij",
          "Advies",
          "Transport",
          "Groenonderhoud",
          "Kringloop",
          "Elektrotechniek",
          "Dakwerken",
          "Ontwerpstudio",
          "Houtbewerking");
  private static final List<String> LEGAL_FORM =
      List.of("B.V.", "V.O.F.", "", "Coöperatie U.A.", "B.V.", "");

  private DemoSuppliers() {}

  static List<Firm> generate(List<Municipality> municipalities) {
    Random random = new Random(SEED);
    List<Municipality> home =
        municipalities.stream().filter(m -> m.region().code().equals(HOME_REGION)).toList();
    List<Municipality> elsewhere =
        municipalities.stream().filter(m -> !m.region().code().equals(HOME_REGION)).toList();
    List<String> names = new ArrayList<>();
    for (String first : FIRST) {
      for (String trade : TRADE) {
        names.add(first + "|" + trade);
      }
    }
    Collections.shuffle(names, random);
    Set<String> kvkNumbers = new HashSet<>();
    List<Firm> firms = new ArrayList<>();
    for (String pair : names.subList(0, COUNT)) {
      String trade = pair.substring(pair.indexOf('|') + 1);
      String name = pair.replace('|', ' ');
      String kvk;
      do {
        kvk = String.valueOf(10_000_000 + random.nextInt(90_000_000));
      } while (!kvkNumbers.add(kvk));
      List<Municipality> pool =
          random.nextDouble() < SHARE_IN_HOME_REGION || elsewhere.isEmpty() ? home : elsewhere;
      Municipality location = pool.get(random.nextInt(pool.size()));
      String legalForm = LEGAL_FORM.get(random.nextInt(LEGAL_FORM.size()));
      firms.add(
          new Firm(new KvkNumber(kvk), (name + " " + legalForm).strip(), location.code(), trade));
    }
    return firms;
  }

  record Firm(KvkNumber kvkNumber, String name, MunicipalityCode location, String trade) {}
}
