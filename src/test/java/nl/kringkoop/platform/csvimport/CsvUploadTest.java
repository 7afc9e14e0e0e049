package nl.kringkoop.platform.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CsvUploadTest {

  private static final List<String> COLUMNS = List.of("code", "label");

  @Test
  void readsCommaFilesWithFileLineNumbersSkippingCommentsAndEmptyLines() {
    List<String> rows =
        read(
            "# Dutch labels\ncode,label\n45000000-7,Bouwwerkzaamheden\n\n# next\n"
                + "03000000,\"Landbouw, visserij\"\n09000000 ,\"twee\nregels\"\n09100000,x");

    assertEquals(
        List.of(
            "3:45000000-7|Bouwwerkzaamheden",
            "6:03000000|Landbouw, visserij",
            "7:09000000|twee\nregels",
            "9:09100000|x"),
        rows);
  }

  @Test
  void takesSemicolonsByteOrderMarkAndHeaderInAnyCaseAndOrder() {
    assertEquals(
        List.of("2:45000000|Bouw"), read("\uFEFFLabel;CODE;extra\nBouw;45000000;ignored\n"));
  }

  @Test
  void aMissingColumnRefusesTheWholeFile() {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> read("code;name\n45000000;Bouw\n"));

    assertEquals("header", problem.invalidFields().get(0).field());
    assertEquals("import.header", problem.invalidFields().get(0).messageKey());
    assertEquals("label", problem.invalidFields().get(0).args()[1]);
  }

  @Test
  void tooManyRowsOrBrokenQuotesAreProblemsNotCrashes() {
    assertEquals(
        "import.tooManyRows",
        assertThrows(ProblemException.class, () -> read("code,label\n1,a\n2,b\n3,c\n", 2))
            .invalidFields()
            .get(0)
            .messageKey());
    assertEquals(
        "import.unreadable",
        assertThrows(ProblemException.class, () -> read("code,label\n1,\"open\n"))
            .invalidFields()
            .get(0)
            .messageKey());
  }

  @Test
  void aColumnNamedTwiceIsAProblemNotACrash() {
    assertEquals(
        "import.duplicateColumn",
        assertThrows(ProblemException.class, () -> read("code,label,code\n1,a,2\n"))
            .invalidFields()
            .get(0)
            .messageKey());
  }

  @Test
  void shortRowsGiveEmptyValues() {
    assertEquals(List.of("2:45000000|"), read("code,label\n45000000\n"));
  }

  @Test
  void countsLinesForAProgressEstimate() {
    assertEquals(3, CsvUpload.countLines("a\nb\nc".getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, CsvUpload.countLines("a\nb\nc\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, CsvUpload.countLines(new byte[0]));
  }

  private static List<String> read(String text) {
    return read(text, 100);
  }

  private static List<String> read(String text, int maxRows) {
    List<String> rows = new ArrayList<>();
    CsvUpload.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        COLUMNS,
        maxRows,
        row -> rows.add(row.line() + ":" + row.get("code") + "|" + row.get("label")));
    return rows;
  }

  @Test
  void theSeparatorIsWhatTheHeaderUsesMost() {
    assertEquals(';', CsvUpload.separatorOf("a;b;c"));
    assertEquals(',', CsvUpload.separatorOf("a,b,c"));
    assertEquals(',', CsvUpload.separatorOf("a"));
  }
}
