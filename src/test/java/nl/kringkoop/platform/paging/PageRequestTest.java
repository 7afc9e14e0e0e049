package nl.kringkoop.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @Test
  void defaultsToTheFirstPageOfTwenty() {
    assertEquals(new PageRequest(0, 20), PageRequest.of(null, null, 100));
    assertEquals(new PageRequest(0, 5), PageRequest.of(null, null, 5));
  }

  @Test
  void firstResultFollowsFromPageAndSize() {
    assertEquals(60, PageRequest.of(3, 20, 100).firstResult());
  }

  @ParameterizedTest
  @CsvSource({"-1,20,page", "0,0,size", "0,101,size"})
  void refusesPagesOutsideTheBounds(int page, int size, String field) {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> PageRequest.of(page, size, 100));
    assertEquals(ProblemType.VALIDATION, problem.type());
    assertEquals(
        List.of(field),
        problem.invalidFields().stream().map(ProblemException.InvalidField::field).toList());
  }

  @Test
  void aPageMapsItsItemsAndKeepsTheTotal() {
    Page<Integer> page = new Page<>(List.of(1, 2), 7);
    assertEquals(new Page<>(List.of("1", "2"), 7), page.map(String::valueOf));
  }
}
