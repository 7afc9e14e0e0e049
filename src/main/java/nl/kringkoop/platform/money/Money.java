package nl.kringkoop.platform.money;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in euros as the API writes it: {@code {"amount": 12345.00, "currency": "EUR"}}. */
public record Money(BigDecimal amount, String currency) {

  public static final String EURO = "EUR";

  public static Money euros(BigDecimal amount) {
    return new Money(amount.setScale(2, RoundingMode.HALF_UP), EURO);
  }

  /** Whether this is a usable amount: present, in euros, not negative, at most two decimals. */
  @JsonbTransient
  public boolean isValidEuroAmount() {
    return amount != null
        && (currency == null || EURO.equals(currency))
        && amount.signum() >= 0
        && amount.stripTrailingZeros().scale() <= 2;
  }
}
