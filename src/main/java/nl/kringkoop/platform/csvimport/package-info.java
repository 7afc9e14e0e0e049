/**
 * Reading CSV files that administrators upload and reporting per row what was stored and what was
 * refused. Used by the reference-data, supplier and spend imports; the rules for each file live
 * with its component.
 */
package nl.kringkoop.platform.csvimport;
