package nl.kringkoop.matching.engine;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The ranking as one would first write it in SQL on the registry's tables: one query per need that
 * scores every firm offering a code in the need's divisions with the engine's factors and weights
 * and returns the best. Capability and track record compare CPV codes by prefix (a code ending in
 * zeros covers the codes below it); locality compares municipality, COROP region and province;
 * circularity, capacity, social value, certification and verification follow {@link MatchScorer}.
 * It leaves out what the engine adds around the score: the list of excluded firms and turns for
 * firms with (nearly) equal scores (it orders ties by id).
 */
final class SqlRanking {

  private final Connection connection;
  private final MatchingPolicy policy;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  SqlRanking(Connection connection, MatchingPolicy policy) {
    this.connection = connection;
    this.policy = policy;
  }

  List<Long> rank(NeedFacts need, int limit) throws SQLException {
    Query query = new Query(need, limit);
    PreparedStatement statement = statements.get(query.sql);
    if (statement == null) {
      statement = connection.prepareStatement(query.sql);
      statements.put(query.sql, statement);
    }
    for (int i = 0; i < query.parameters.size(); i++) {
      statement.setObject(i + 1, query.parameters.get(i));
    }
    List<Long> ids = new ArrayList<>(limit);
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** The SQL text for the shape of a need and its parameters in order. */
  private final class Query {
    final List<Object> parameters = new ArrayList<>();
    final String sql;

    Query(NeedFacts need, int limit) {
      int[] codes = need.cpvCodes();
      Place place = need.place();
      boolean certificationCounts = need.preferredCertificates() != 0;
      StringBuilder text = new StringBuilder("WITH need_code (code) AS (");
      for (int i = 0; i < codes.length; i++) {
        text.append(i == 0 ? "SELECT ?" : " UNION ALL SELECT ?");
        parameters.add(SqlMarket.cpvCode(codes[i]));
      }
      text.append(
          """
          ),
          capability AS (
            SELECT per_code.organisation_id, SUM(per_code.depth) / ? AS value
            FROM (
              SELECT sc.organisation_id, n.code, MAX(%s) AS depth
              FROM need_code n
              JOIN supplier_cpv sc ON LEFT(sc.cpv_code, 2) = LEFT(n.code, 2)
              WHERE %s
              GROUP BY sc.organisation_id, n.code
            ) per_code
            GROUP BY per_code.organisation_id
          ),
          track AS (
            SELECT r.organisation_id, MAX(%s) / 4 AS value
            FROM need_code n
            JOIN supplier_reference r ON LEFT(r.cpv_code, 2) = LEFT(n.code, 2)
            GROUP BY r.organisation_id
          ),
          """
              .formatted(
                  depth("sc.cpv_code", "n.code"),
                  divisionFilter(codes),
                  depth("r.cpv_code", "n.code")));
      parameters.add(codes.length * MatchScorer.FULL_DEPTH);
      for (int code : IntStream.of(codes).map(CpvDepth::division).distinct().toArray()) {
        parameters.add(String.format("%02d%%", code));
      }
      text.append(circularity(need.rStrategies()));
      if (certificationCounts) {
        parameters.add(Integer.bitCount(need.preferredCertificates()));
        text.append(
            """
            certified AS (
              SELECT organisation_id, COUNT(DISTINCT kind) / ? AS value
              FROM supplier_certification
              WHERE kind IN (%s) AND (expires_on IS NULL OR expires_on >= ?)
              GROUP BY organisation_id
            ),
            """
                .formatted(kinds(need.preferredCertificates())));
        parameters.add(Date.valueOf(SqlMarket.TODAY));
      }
      text.append(
          """
          candidate AS (
            SELECT c.organisation_id, c.value AS capability, o.municipality_code, m.corop_code,
              cr.province_code, p.service_area,
              COALESCE(p.max_contract_value, FLOOR(p.annual_turnover / 3)) AS capacity,
              CASE WHEN p.social_enterprise THEN LEAST(1, 0.5
                  + CASE p.pso_level WHEN 'ASPIRANT' THEN 0.1 WHEN 'LEVEL_1' THEN 0.2
                      WHEN 'LEVEL_2' THEN 0.3 WHEN 'LEVEL_3' THEN 0.4 ELSE 0 END
                  + CASE WHEN p.target_group_percent >= 30 THEN 0.1 ELSE 0 END)
                ELSE 0 END AS social,
              CASE WHEN p.social_enterprise THEN (p.kvk_verified + p.social_verified) / 2
                ELSE p.kvk_verified END AS verification
            FROM capability c
            JOIN organisation o ON o.id = c.organisation_id AND o.removed_at IS NULL
            JOIN supplier_profile p ON p.organisation_id = c.organisation_id
            JOIN municipality m ON m.code = o.municipality_code
            JOIN corop_region cr ON cr.code = m.corop_code
          )
          SELECT k.organisation_id, (
              ? * k.capability
            + ? * COALESCE(ci.value, 0)
            + ? * CASE WHEN k.municipality_code = ? THEN 1.0 WHEN k.corop_code = ? THEN 0.7
                WHEN k.province_code = ? THEN 0.4 ELSE 0.1 END
            + ? * CASE WHEN k.capacity IS NULL OR k.capacity <= 0 THEN 0.5
                WHEN ? > k.capacity THEN 0 WHEN ? / k.capacity >= 0.2 THEN 1
                ELSE GREATEST(0.05, ? / k.capacity / 0.2) END
            + ? * k.social
            %s
            + ? * COALESCE(t.value, 0)
            + ? * k.verification
          ) / ? AS score
          FROM candidate k
          LEFT JOIN circularity ci ON ci.organisation_id = k.organisation_id
          %s
          LEFT JOIN track t ON t.organisation_id = k.organisation_id
          WHERE TRUE
          """
              .formatted(
                  certificationCounts ? "+ ? * COALESCE(ce.value, 0)" : "",
                  certificationCounts
                      ? "LEFT JOIN certified ce ON ce.organisation_id = k.organisation_id"
                      : ""));
      parameters.add(policy.weight(Factor.CAPABILITY));
      parameters.add(policy.weight(Factor.CIRCULARITY));
      parameters.add(policy.weight(Factor.LOCALITY));
      parameters.add(SqlMarket.municipality(place));
      parameters.add(SqlMarket.corop(place));
      parameters.add(SqlMarket.province(place));
      parameters.add(policy.weight(Factor.CAPACITY));
      parameters.add(need.value());
      parameters.add(need.value());
      parameters.add(need.value());
      parameters.add(policy.weight(Factor.SOCIAL_VALUE));
      if (certificationCounts) {
        parameters.add(policy.weight(Factor.CERTIFICATION));
      }
      parameters.add(policy.weight(Factor.TRACK_RECORD));
      parameters.add(policy.weight(Factor.VERIFICATION));
      parameters.add(totalWeight(certificationCounts));
      if (need.serviceAreaRequired()) {
        text.append(
            """
            AND (k.service_area = 'NATIONAL'
              OR (k.service_area = 'PROVINCE' AND k.province_code = ?)
              OR (k.service_area = 'REGION' AND k.corop_code = ?)
              OR (k.service_area = 'MUNICIPALITY' AND k.municipality_code = ?))
            """);
        parameters.add(SqlMarket.province(place));
        parameters.add(SqlMarket.corop(place));
        parameters.add(SqlMarket.municipality(place));
      }
      if (need.requiredCertificates() != 0) {
        text.append(
            """
            AND (SELECT COUNT(DISTINCT rc.kind) FROM supplier_certification rc
                 WHERE rc.organisation_id = k.organisation_id AND rc.kind IN (%s)
                   AND (rc.expires_on IS NULL OR rc.expires_on >= ?)) = ?
            """
                .formatted(kinds(need.requiredCertificates())));
        parameters.add(Date.valueOf(SqlMarket.TODAY));
        parameters.add(Integer.bitCount(need.requiredCertificates()));
      }
      text.append("ORDER BY score DESC, k.organisation_id LIMIT ?");
      parameters.add(limit);
      this.sql = text.toString();
    }

    private String circularity(int wanted) {
      if (wanted == 0) {
        return """
            circularity AS (
              SELECT organisation_id, MAX((10 - SUBSTRING(r_strategy, 2)) / 10) AS value
              FROM supplier_r_strategy
              GROUP BY organisation_id
            ),
            """;
      }
      List<String> asked = new ArrayList<>();
      double weight = 0;
      for (int k = 0; k < 10; k++) {
        if ((wanted & (1 << k)) != 0) {
          asked.add("R" + k);
          weight += MatchScorer.rung(k);
        }
      }
      parameters.add(weight);
      parameters.addAll(asked);
      return """
          circularity AS (
            SELECT organisation_id, SUM((10 - SUBSTRING(r_strategy, 2)) / 10) / ? AS value
            FROM supplier_r_strategy
            WHERE r_strategy IN (%s)
            GROUP BY organisation_id
          ),
          """
          .formatted(placeholders(asked.size()));
    }

    private String kinds(int certificates) {
      int count = 0;
      for (int bit = 0; bit < SqlMarket.certificateKinds(); bit++) {
        if ((certificates & (1 << bit)) != 0) {
          parameters.add(SqlMarket.certificateKind(bit));
          count++;
        }
      }
      return placeholders(count);
    }

    private int totalWeight(boolean certificationCounts) {
      int total = 0;
      for (Factor factor : Factor.values()) {
        if (factor != Factor.CERTIFICATION || certificationCounts) {
          total += policy.weight(factor);
        }
      }
      return total;
    }
  }

  /** How deep two CPV codes match, as {@link CpvDepth} counts, given the same division. */
  private static String depth(String code, String other) {
    return ("CASE WHEN %1$s LIKE CONCAT(TRIM(TRAILING '0' FROM %2$s), '%%')"
            + " OR %2$s LIKE CONCAT(TRIM(TRAILING '0' FROM %1$s), '%%') THEN 4"
            + " WHEN LEFT(%1$s, 4) = LEFT(%2$s, 4) THEN 3"
            + " WHEN LEFT(%1$s, 3) = LEFT(%2$s, 3) THEN 2 ELSE 1 END")
        .formatted(code, other);
  }

  /** The need's divisions as prefix ranges the index on supplier_cpv (cpv_code) can serve. */
  private static String divisionFilter(int[] codes) {
    long divisions = IntStream.of(codes).map(CpvDepth::division).distinct().count();
    return IntStream.range(0, (int) divisions)
        .mapToObj(i -> "sc.cpv_code LIKE ?")
        .collect(Collectors.joining(" OR "));
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
