package nl.kringkoop.contract.entity;

import java.math.BigDecimal;

/**
 * What a KPI measures, in which unit, the target and whether more is better (secondary material,
 * social-return hours) or less (CO2 emitted, waste).
 */
public record KpiDefinition(String name, String unit, BigDecimal target, boolean higherIsBetter) {}
