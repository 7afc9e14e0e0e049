package nl.kringkoop.cpv.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringkoop.cpv.entity.CpvCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The official CPV 2008 list in memory: validates codes (with or without check digit) and finds
 * codes by digits or words. Plain Java, so it is testable without a container.
 */
public final class CpvList {

  private static final Pattern INPUT = Pattern.compile("(\\d{8})(?:-(\\d))?");

  private final Map<String, Entry> byDigits;

  private CpvList(Map<String, Entry> byDigits) {
    this.byDigits = Collections.unmodifiableMap(byDigits);
  }

  /** Reads the list in the shipped format: {@code code,label_en,level} with a header row. */
  public static CpvList read(InputStream csv) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(reader)) {
        String[] code = row.get("code").split("-");
        Entry entry =
            new Entry(
                new CpvCode(code[0]),
                code[1].charAt(0),
                row.get("label_en"),
                Integer.parseInt(row.get("level")));
        entries.put(code[0], entry);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return new CpvList(entries);
  }

  public int size() {
    return byDigits.size();
  }

  public Optional<Entry> find(CpvCode code) {
    return Optional.ofNullable(byDigits.get(code.digits()));
  }

  /** Checks a code as a person or a file wrote it: {@code 45210000-2} or {@code 45210000}. */
  public Resolution resolve(String written) {
    if (written == null) {
      return new Resolution(Verdict.MALFORMED, null);
    }
    Matcher matcher = INPUT.matcher(written.strip());
    if (!matcher.matches()) {
      return new Resolution(Verdict.MALFORMED, null);
    }
    Entry entry = byDigits.get(matcher.group(1));
    if (entry == null) {
      return new Resolution(Verdict.UNKNOWN, null);
    }
    String checkDigit = matcher.group(2);
    if (checkDigit != null && checkDigit.charAt(0) != entry.checkDigit()) {
      return new Resolution(Verdict.WRONG_CHECK_DIGIT, entry);
    }
    return new Resolution(Verdict.VALID, entry);
  }

  /**
   * Codes whose digits start with the query, or whose label (in English or as {@code otherLabel}
   * gives it) contains every word of the query; broad codes first.
   */
  public Found search(String query, Function<Entry, String> otherLabel, int limit) {
    String trimmed = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty() || limit <= 0) {
      return new Found(List.of(), 0);
    }
    String digits = trimmed.replace("-", "");
    boolean byCode = digits.chars().allMatch(Character::isDigit);
    String[] words = trimmed.split("\\s+");
    List<Entry> found = new ArrayList<>();
    for (Entry entry : byDigits.values()) {
      boolean hit =
          byCode
              ? entry
                  .code()
                  .digits()
                  .startsWith(digits.length() > 8 ? digits.substring(0, 8) : digits)
              : containsAll(entry.labelEn(), words) || containsAll(otherLabel.apply(entry), words);
      if (hit) {
        found.add(entry);
      }
    }
    found.sort(
        java.util.Comparator.comparingInt(Entry::level)
            .thenComparing(entry -> entry.code().digits()));
    return new Found(List.copyOf(found.subList(0, Math.min(limit, found.size()))), found.size());
  }

  /** The first matches of a search and how many there are in all. */
  public record Found(List<Entry> items, int total) {}

  private static boolean containsAll(String label, String[] words) {
    if (label == null) {
      return false;
    }
    String lower = label.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (!lower.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** One code of the list with its published check digit. */
  public record Entry(CpvCode code, char checkDigit, String labelEn, int level) {

    /** The code as published: {@code 45210000-2}. */
    public String published() {
      return code.digits() + "-" + checkDigit;
    }
  }

  public enum Verdict {
    VALID,
    MALFORMED,
    UNKNOWN,
    WRONG_CHECK_DIGIT
  }

  /** The outcome of checking a written code; {@code entry} is set when the digits are listed. */
  public record Resolution(Verdict verdict, Entry entry) {

    public boolean valid() {
      return verdict == Verdict.VALID;
    }
  }
}
