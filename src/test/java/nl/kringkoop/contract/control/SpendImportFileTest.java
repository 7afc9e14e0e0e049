package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.control.SpendImportFile.SpendLine;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpendImportFileTest {

  @Test
  void readsSemicolonLinesWithDutchDatesAndDecimalCommas() {
    List<SpendLine> lines =
        read(
            "\uFEFFcontract_reference;invoice_number;invoice_date;amount;paid_date;r_strategy\n"
                + "K-1;F-1;31-03-2026;1250,50;2026-04-20;R3\n"
                + "\n"
                + "K-1;;2026-04-01;-80;;\n");

    assertEquals(2, lines.size());
    SpendLine first = lines.get(0);
    assertEquals(2, first.line());
    assertEquals("K-1", first.contractReference());
    assertEquals("F-1", first.invoiceNumber());
    assertEquals(LocalDate.of(2026, 3, 31), first.invoiceDate());
    assertEquals(new BigDecimal("1250.50"), first.amount());
    assertEquals(LocalDate.of(2026, 4, 20), first.paidOn());
    assertEquals(RStrategy.R3, first.rStrategy());
    SpendLine credit = lines.get(1);
    assertEquals(4, credit.line());
    assertEquals(null, credit.invoiceNumber());
    assertEquals(new BigDecimal("-80.00"), credit.amount());
    assertEquals(null, credit.paidOn());
    assertEquals(List.of(), credit.errors());
  }

  @Test
  void readsCommaFilesWithColumnsInAnyOrderAndOnlyTheRequiredOnes() {
    List<SpendLine> lines = read("Amount,Contract_Reference,invoice_date\n12.5,K-9,2026-01-02\n");

    assertEquals("K-9", lines.get(0).contractReference());
    assertEquals(new BigDecimal("12.50"), lines.get(0).amount());
    assertEquals(List.of(), lines.get(0).errors());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "thousands separator | K;2026-01-02;1.234,56 | amount spend.import.amount",
        "three decimals | K;2026-01-02;1,005 | amount spend.import.amount",
        "words | K;2026-01-02;ten | amount spend.import.amount",
        "no such day | K;2026-02-30;10 | invoice_date spend.import.date",
        "american date | K;03/31/2026;10 | invoice_date spend.import.date",
        "short line | K;2026-01-02 | row spend.import.row.short",
        "long line | K;2026-01-02;10;x | row import.row.cells",
      })
  void reportsCellsItCannotRead(String why, String line, String error) {
    List<SpendLine> lines = read("contract_reference;invoice_date;amount\n" + line + "\n");

    assertEquals(List.of(error), describe(lines.get(0).errors()));
  }

  @Test
  void refusesAHeaderWithUnknownDoubledOrMissingColumns() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> read("contract_reference;paid_on;amount;amount\nK;2026-01-01;1;1\n"));

    assertEquals(ProblemType.VALIDATION, refused.type());
    assertEquals(
        List.of(
            "paid_on spend.import.header.unknown",
            "amount import.header.twice",
            "invoice_date import.header.missing"),
        describe(refused.invalidFields()));
  }

  @Test
  void refusesAnEmptyFile() {
    ProblemException refused = assertThrows(ProblemException.class, () -> read(""));

    assertEquals(ProblemType.MALFORMED_REQUEST, refused.type());
    assertEquals("spend.import.empty", refused.detailKey());
  }

  @Test
  void numbersLinesByWhereTheyStartInTheFile() {
    List<SpendLine> lines =
        read(
            "contract_reference;invoice_number;invoice_date;amount\n"
                + "K;\"F\n2\";2026-01-02;1\n"
                + "K;F3;2026-01-02;1\n");

    assertEquals(2, lines.get(0).line());
    assertEquals(4, lines.get(1).line());
    assertTrue(lines.get(1).errors().isEmpty());
  }

  private static List<SpendLine> read(String text) {
    List<SpendLine> lines = new ArrayList<>();
    try (SpendImportFile file =
        SpendImportFile.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      Optional<SpendLine> line;
      while ((line = file.next()).isPresent()) {
        lines.add(line.get());
      }
    }
    return lines;
  }

  private static List<String> describe(List<InvalidField> errors) {
    return errors.stream().map(e -> e.field() + " " + e.messageKey()).toList();
  }
}
