package nl.kringkoop.contract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.kringkoop.circularity.entity.RStrategy;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  private static final LocalDate INVOICED = LocalDate.of(2026, 3, 1);
  private static final LocalDate PAID = LocalDate.of(2026, 3, 20);
  private static final BigDecimal AMOUNT = new BigDecimal("120.00");

  @Test
  void aLineWithoutPaymentOrStrategyKeepsTheKnownOnes() {
    Invoice known = new Invoice("F-1", INVOICED, AMOUNT, PAID, RStrategy.R4);
    Invoice line = new Invoice("F-1", INVOICED, AMOUNT, null, null);

    assertEquals(known, line.completedBy(known));
  }

  @Test
  void whatTheLineSaysWinsOverWhatIsKnown() {
    Invoice known = new Invoice("F-1", INVOICED, AMOUNT, PAID, RStrategy.R4);
    LocalDate later = PAID.plusDays(3);
    Invoice line = new Invoice("F-1", INVOICED, new BigDecimal("99.00"), later, RStrategy.R9);

    assertEquals(line, line.completedBy(known));
  }

  @Test
  void nothingKnownLeavesTheLineAsItIs() {
    Invoice known = new Invoice("F-1", INVOICED, AMOUNT, null, null);
    Invoice line = new Invoice("F-1", INVOICED, AMOUNT, null, null);

    assertEquals(line, line.completedBy(known));
  }
}
