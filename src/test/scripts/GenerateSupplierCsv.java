import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a valid supplier import file for load measurements: every line passes the registration
 * rules and has its own KVK number (00100000 and up, below the demo firms' numbers). Run without compiling:
 *
 * <pre>java src/test/scripts/GenerateSupplierCsv.java 100000 target/suppliers-100k.csv [variant]</pre>
 *
 * A different variant (a small number) changes the employees column, so that importing the file
 * over an earlier one updates every firm.
 */
public class GenerateSupplierCsv {

  private static final String[] MUNICIPALITIES = {
    "GM0268", "GM0202", "GM0296", "GM0209", "GM0252", "GM1945", "GM0225", "GM1734", "GM1705",
    "GM0274"
  };
  private static final String[] CPV = {
    "45210000-2|39100000", "50000000", "77310000|45000000-7", "39100000", "45210000-2"
  };
  private static final String[] STRATEGIES = {"R3|R5", "R2", "R4|R6|R8", "R0", "R9"};
  private static final String[] AREAS = {"MUNICIPALITY", "REGION", "PROVINCE", "NATIONAL"};

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path out = Path.of(args.length > 1 ? args[1] : "target/suppliers-" + rows + ".csv");
    int variant = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(
          "kvkNumber;name;contactName;email;phone;street;postcode;city;municipalityCode;employees;"
              + "annualTurnover;socialEnterprise;csoRegistered;psoLevel;targetGroupPercent;cpvCodes;"
              + "rStrategies;serviceArea;maxContractValue;availableFrom;availableUntil;description;"
              + "certifications\n");
      for (int i = 0; i < rows; i++) {
        String kvk = String.format("%08d", 100_000 + i);
        boolean social = i % 7 == 0;
        w.write(
            String.join(
                ";",
                kvk,
                "Proefbedrijf " + i + " B.V.",
                "Contact " + i,
                "info-" + kvk + "@load.example",
                "024-" + (1_000_000 + i % 9_000_000),
                "Teststraat " + (1 + i % 300),
                (6500 + i % 100) + " AB",
                "Nijmegen",
                MUNICIPALITIES[i % MUNICIPALITIES.length],
                String.valueOf(1 + (i * 7 + variant) % 400),
                (50_000 + (i % 1000) * 12_345) + ",50",
                social ? "ja" : "nee",
                social ? "ja" : "nee",
                social ? String.valueOf(1 + i % 3) : "",
                social ? "35" : "",
                CPV[i % CPV.length],
                STRATEGIES[i % STRATEGIES.length],
                AREAS[i % AREAS.length],
                String.valueOf(100_000 + (i % 50) * 10_000),
                "2026-01-01",
                "2028-12-31",
                "Levert circulaire diensten in de regio (regel " + (i + 2) + ")",
                i % 3 == 0 ? "ISO_14001:2027-06-30|CO2_PERFORMANCE_LADDER/3:2026-12-31" : ""));
        w.write('\n');
      }
    }
    System.out.println("Wrote " + rows + " lines to " + out);
  }
}
