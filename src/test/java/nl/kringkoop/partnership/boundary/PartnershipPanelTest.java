package nl.kringkoop.partnership.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.partnership.control.PartnerChoice;
import nl.kringkoop.partnership.entity.Firms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnershipPanelTest {

  private static final long OWN_FIRM = 1;
  private static final Set<Long> SUPPLIERS = Set.of(OWN_FIRM, 2L, 3L, 4L, 5L);

  private final PartnershipPanel panel = new PartnershipPanel();

  @BeforeEach
  void signedInSupplierWithARegistry() {
    UserAccount user =
        new UserAccount(
            "lead@firm.example",
            "Lead",
            "lead@firm.example",
            "hash",
            Firms.withId(OWN_FIRM, "Rondebouw"),
            EnumSet.of(Role.SUPPLIER),
            Instant.parse("2027-03-01T09:00:00Z"));
    panel.currentUser =
        new CurrentUser() {
          @Override
          public Optional<UserAccount> account() {
            return Optional.of(user);
          }
        };
    panel.partnerChoice =
        new PartnerChoice() {
          @Override
          public Optional<String> label(long organisationId) {
            return SUPPLIERS.contains(organisationId)
                ? Optional.of("Firma " + organisationId)
                : Optional.empty();
          }
        };
  }

  @Test
  void suggestedFirmsFillTheEmptyFormUpToThreePartners() {
    panel.suggest(Arrays.asList(OWN_FIRM, 2L, null, 2L, 9L, 3L, 4L, 5L));

    assertEquals(List.of(2L, 3L, 4L), chosen(), "not the own firm, twice, unknown or a fourth");
    assertEquals("Firma 3", panel.partnerLabel(3L));
  }

  @Test
  void suggestionsComeAfterTheFirmsAlreadyChosen() {
    panel.getPartners().get(0).setSupplierId(5L);
    panel.addPartner();

    panel.suggest(List.of(5L, 2L));

    assertEquals(List.of(5L, 2L), chosen(), "the empty row gives way, the chosen firm stays once");
  }

  @Test
  void withoutUsableSuggestionsTheFormKeepsOneEmptyRow() {
    panel.suggest(List.of(OWN_FIRM, 9L));

    assertEquals(1, panel.getPartners().size());
    assertEquals(null, panel.getPartners().get(0).getSupplierId());
  }

  private List<Long> chosen() {
    return panel.getPartners().stream().map(PartnerRow::getSupplierId).toList();
  }
}
