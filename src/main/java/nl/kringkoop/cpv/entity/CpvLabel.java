package nl.kringkoop.cpv.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An official label of a CPV code in one language, imported by an administrator. It overrides the
 * shipped labels (English, and the hand-written Dutch division labels).
 */
@Entity
@Table(name = "cpv_label")
@IdClass(CpvLabel.Key.class)
public class CpvLabel {

  @Id
  @Column(name = "code")
  private String code;

  @Id
  @Column(name = "locale")
  private String locale;

  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected CpvLabel() {}

  public CpvLabel(CpvCode code, String locale, String label, Instant importedAt) {
    this.code = code.digits();
    this.locale = Objects.requireNonNull(locale);
    this.label = Objects.requireNonNull(label);
    this.importedAt = importedAt;
  }

  /** Takes the label of a new import; tells whether the text changed. */
  public boolean relabel(String text, Instant now) {
    if (label.equals(text)) {
      return false;
    }
    this.label = Objects.requireNonNull(text);
    this.importedAt = now;
    return true;
  }

  public CpvCode code() {
    return new CpvCode(code);
  }

  public String locale() {
    return locale;
  }

  public String label() {
    return label;
  }

  public Instant importedAt() {
    return importedAt;
  }

  /** The primary key: code and language. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String locale;

    public Key() {}

    public Key(String code, String locale) {
      this.code = code;
      this.locale = locale;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(code, key.code)
          && Objects.equals(locale, key.locale);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, locale);
    }
  }
}
