package nl.kringkoop.contract.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.kringkoop.circularity.entity.RStrategy;

/**
 * What buyer and firms agreed: a reference unique for the buyer (the key its financial system
 * uses), a title, the buying department, the value in euros, the period, the R-strategy the
 * contract delivers (none when it is not circular) and when it was signed.
 */
public record ContractTerms(
    String reference,
    String title,
    String department,
    BigDecimal value,
    RStrategy rStrategy,
    LocalDate startsOn,
    LocalDate endsOn,
    Instant signedAt) {}
