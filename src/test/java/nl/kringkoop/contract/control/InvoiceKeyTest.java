package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceKeyTest {

  @Test
  void aNumberedInvoiceIsKnownByContractAndNumberWhateverItsCase() {
    assertEquals("7|N|F-2026-001", InvoiceKey.numbered(7, " f-2026-001 "));
  }

  @Test
  void anUnnumberedInvoiceIsKnownByDateAmountAndOccurrence() {
    LocalDate date = LocalDate.of(2026, 3, 31);

    String first = InvoiceKey.unnumbered(7, date, new BigDecimal("100"), 1);
    String second = InvoiceKey.unnumbered(7, date, new BigDecimal("100.00"), 2);

    assertEquals("7|D|2026-03-31|100.00|1", first);
    assertEquals("7|D|2026-03-31|100.00|2", second);
    assertTrue(first.startsWith(InvoiceKey.triple(7, date, new BigDecimal("100.0"))));
  }
}
